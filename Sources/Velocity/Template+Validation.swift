// Checks Velocity 1.7 makes when it initialises a parsed template, before rendering.

extension Template {
    /// Fails like Velocity's init: a call of a defined macro may not pass a bare word.
    static func validate(_ block: Block, macros: [String: MacroDefinition]) throws(TemplateError) {
        for node in block {
            switch node {
            case .macroCall(let call):
                if macros[call.name] != nil {
                    for argument in call.arguments {
                        if case .word(let word) = argument.kind {
                            throw TemplateError(kind: .syntax, location: argument.location,
                                                message: "invalid argument '\(word)' in a call of macro #\(call.name): bare words are not values")
                        }
                    }
                }
                if let body = call.body { try validate(body, macros: macros) }
            case .ifChain(let chain):
                for branch in chain.branches { try validate(branch.body, macros: macros) }
                if let elseBody = chain.elseBody { try validate(elseBody, macros: macros) }
            case .foreach(let loop):
                try validate(loop.body, macros: macros)
            case .define(let define):
                try validate(define.body, macros: macros)
            default:
                break
            }
        }
    }
}
