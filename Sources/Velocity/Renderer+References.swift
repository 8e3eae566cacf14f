// Resolving references: the root variable, then each property, method call and index, the
// way Velocity 1.7's introspection finds them on Java objects; and assigning through them.

/// A Java exception raised inside an invoked method (Velocity wraps it as
/// MethodInvocationException and fails the render).
struct JavaException: Error {
    /// Java's exception class, e.g. `StringIndexOutOfBoundsException`.
    var type: String
    /// Java's message.
    var message: String
}

extension Renderer {
    /// The value of a reference (Velocity's `ASTReference.execute`): as soon as a step is null,
    /// what the invalid reference handler answers (null without one).
    func execute(_ reference: ReferenceNode) throws(RenderFlow) -> Value {
        if reference.kind == .text || !reference.computable { return .null }
        var value = try lookup(reference)
        if case .null = value { return invalidReference(reference, failedStep: -1) }
        let modifiers = reference.modifiers
        for index in modifiers.indices {
            value = try apply(modifiers[index], to: value)
            if case .null = value { return invalidReference(reference, failedStep: index) }
        }
        return value
    }

    /// Asks the invalid reference handler for the value of a reference whose step
    /// `failedStep` (-1: the root) is null, naming the reference as Velocity 1.7 does
    /// (`$a.b`, `$a.b()`, `$a.[` for an index).
    private func invalidReference(_ reference: ReferenceNode, failedStep: Int) -> Value {
        guard let handler = invalidReferenceHandler else { return .null }
        var name = (reference.kind == .quiet ? "$!" : "$") + reference.rootName
        var member: String?
        var isMethod = false
        if failedStep >= 0 {
            for modifier in reference.modifiers[...failedStep] {
                switch modifier {
                case .property(let step):
                    member = step.name
                    isMethod = false
                    name += "." + step.name
                case .method(let call):
                    member = call.name
                    isMethod = true
                    name += "." + call.name + "()"
                case .index:
                    member = "["
                    isMethod = false
                    name += ".["
                }
            }
        }
        let event = InvalidReference(kind: isMethod ? .method : .getMethod, reference: name, member: member,
                                     text: reference.literal, location: reference.location)
        report.record(event)
        return (isMethod ? handler.invalidMethod(event) : handler.invalidGetMethod(event)) ?? .null
    }

    private func apply(_ modifier: Modifier, to value: Value) throws(RenderFlow) -> Value {
        switch modifier {
        case .property(let step):
            return JavaIntrospection.property(step.name, of: value) ?? .null
        case .method(let call):
            // Arguments go into a buffer kept per call depth, so a call allocates no array.
            let depth = callDepth
            callDepth += 1
            defer { callDepth -= 1 }
            if depth == argumentBuffers.count { argumentBuffers.append([]) }
            var arguments: [Value] = []
            swap(&arguments, &argumentBuffers[depth])
            defer {
                // (removeLast keeps the capacity and is cheaper than removeAll for a few values)
                while !arguments.isEmpty { arguments.removeLast() }
                swap(&arguments, &argumentBuffers[depth])
            }
            for argument in call.arguments { arguments.append(try evaluate(argument)) }
            do {
                return try JavaIntrospection.call(call.name, on: value, arguments: arguments) ?? .null
            } catch {
                throw failure("invocation of method '\(call.name)' threw \(error.type): \(error.message)", at: call.location)
            }
        case .index(let step):
            let index = try evaluate(step.expression)
            do {
                return try JavaIntrospection.index(value, index) ?? .null
            } catch {
                throw failure("indexing with [\(step.expression.literal)] threw \(error.type): \(error.message)", at: step.location)
            }
        }
    }

    /// `#set($a.b.c = value)`: sets the variable, or the last property or index of the chain.
    func assign(to reference: ReferenceNode, _ value: Value) throws(RenderFlow) {
        guard reference.kind != .text, reference.computable else { return }
        guard let last = reference.modifiers.last else {
            // Velocity assigns to the first token's text minus its first character:
            // `#set($!a = 1)` sets "!a" and `#set(${a} = 1)` sets "{".
            if reference.setsRoot {
                assign(reference.rootName, number: reference.nameNumber, names: reference.names, value)
            } else {
                assign(String(reference.firstImage.dropFirst()), value)
            }
            return
        }
        var target = try lookup(reference)
        for modifier in reference.modifiers.dropLast() {
            if case .null = target { return }
            target = try apply(modifier, to: target)
        }
        if case .null = target { return }
        switch last {
        case .property(let step):
            let name = step.name
            switch target {
            case .map(let map): map[name] = value
            case .object(let object): _ = object.setProperty(name, to: value)
            default: break
            }
        case .index(let step):
            let index = try evaluate(step.expression)
            do {
                try JavaIntrospection.setIndex(target, index, to: value)
            } catch {
                throw failure("setting [\(step.expression.literal)] threw \(error.type): \(error.message)", at: step.location)
            }
        case .method:
            break
        }
    }
}
