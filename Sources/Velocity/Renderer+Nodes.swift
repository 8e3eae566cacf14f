// Rendering statements: text, references, #set, #if, #foreach, macros, #define, #evaluate,
// #break and #stop.

import Text

extension Renderer {
    /// Renders a block of nodes in order.
    func render(_ block: Block) throws(RenderFlow) {
        for node in block {
            try render(node)
        }
    }

    private func render(_ node: Node) throws(RenderFlow) {
        switch node {
        case .text(let text):
            try write(text, at: SourceLocation(line: 1, column: 1))
        case .reference(let reference):
            try step(reference.location)
            try renderReference(reference)
        case .set(let set):
            try step(set.location)
            try renderSet(set)
        case .ifChain(let chain):
            for branch in chain.branches {
                try step(branch.condition.location)
                if try condition(branch.condition) {
                    try render(branch.body)
                    return
                }
            }
            if let elseBody = chain.elseBody { try render(elseBody) }
        case .foreach(let loop):
            try step(loop.location)
            try renderForeach(loop)
        case .macroCall(let call):
            try step(call.location)
            try renderMacroCall(call)
        case .define(let define):
            assign(define.name, .object(DefinedBlock(body: define.body, location: define.location, renderer: self)))
        case .evaluate(let expression, let location):
            try step(location)
            try renderEvaluate(expression, at: location)
        case .breakDirective(let argument, let location):
            guard let argument else { throw .breakOut(nil) }
            guard case .object(let object) = try evaluate(argument), let scope = object as? ForeachScope else {
                throw failure("\(argument.literal) is not a valid scope for #break", at: location)
            }
            throw .breakOut(ObjectIdentifier(scope))
        case .stop:
            throw .stop
        case .unsupported(let name, let location):
            throw failure("#\(name) loads another template, and this engine has no resource loader to load it from", at: location)
        case .macroDefinition:
            break
        }
    }

    // MARK: - References and #set

    /// Prints a reference the way Velocity 1.7's ASTReference.render does.
    func renderReference(_ reference: ReferenceNode) throws(RenderFlow) {
        if reference.kind == .text {
            try write(reference.rootName, at: reference.location)
            return
        }
        let value = try execute(reference)
        if reference.escaped {
            if case .null = value {
                try write(reference.escapePrefix + "\\" + reference.nullString, at: reference.location)
            } else {
                try write(reference.escapePrefix + reference.nullString, at: reference.location)
            }
            return
        }
        if case .null = value {
            if options.nullRendersAsEmpty {
                try write(reference.valuePrefix, at: reference.location)
            } else {
                try write(reference.escapePrefix + reference.escapePrefix + reference.morePrefix + reference.nullString,
                          at: reference.location)
            }
            return
        }
        // A block (Velocity's Renderable) renders itself without the prefixes: `#$d` prints
        // only the block.
        if case .object(let object) = value, let block = object as? DefinedBlock {
            try block.render(in: self, at: reference.location)
            return
        }
        try write(reference.valuePrefix, at: reference.location)
        switch value {
        case .string(let string):
            try write(string, at: reference.location)
        case .object(let object):
            try write(object.description, at: reference.location)
        default:
            try write(value.javaString, at: reference.location)
        }
    }

    /// `#set`: a null value leaves the target unchanged (`directive.set.null.allowed = false`)
    /// and is reported to the invalid reference handler.
    private func renderSet(_ set: SetNode) throws(RenderFlow) {
        let value = try evaluate(set.value)
        if case .null = value {
            if let handler = invalidReferenceHandler {
                let event = InvalidReference(kind: .setMethod, reference: String(set.target.firstImage.dropFirst()),
                                             member: nil, text: set.target.literal, location: set.location)
                report.record(event)
                handler.invalidSetMethod(event)
            }
            return
        }
        try assign(to: set.target, value)
    }

    // MARK: - #foreach

    private func renderForeach(_ loop: ForeachNode) throws(RenderFlow) {
        let iterable = try evaluate(loop.iterable)
        let elements: VListSnapshot
        switch iterable {
        case .list(let list): elements = list.iterationSnapshot()
        case .map(let map): elements = VList(map.entries.map(\.value)).iterationSnapshot()
        case .object(let object):
            guard let iterated = object.iterationElements else { return }
            elements = VList(iterated).iterationSnapshot()
        default: return
        }
        let savedElement = try lookup(loop.variable)
        let savedCounter = try lookup("velocityCount")
        let savedHasNext = try lookup("velocityHasNext")
        let savedScope = try lookup("foreach")
        let scope = ForeachScope(previous: savedScope)
        assign("foreach", number: NameNumbering.foreachSlot, names: mainNames, .object(scope))
        defer {
            // Velocity's Foreach.clean, in its order, then the scope's postRender: a `$foreach`
            // the template replaced with a non-scope value stays.
            restore(loop.variable, savedElement)
            restore("velocityCount", savedCounter)
            restore("velocityHasNext", savedHasNext)
            if case .object(let object) = try? lookup("foreach"), let current = object as? ForeachScope {
                restore("foreach", current.previous)
            }
        }
        if elements.count > options.maxForeachIterations {
            report.truncatedLoops.append(TruncatedLoop(location: loop.location, elementCount: elements.count))
        }
        var mask: NullMask?
        var index = 0
        while index < elements.count && index < options.maxForeachIterations {
            try step(loop.location)
            let hasNext = index + 1 < elements.count
            // Velocity's order: the element last (`#foreach($velocityCount in ...)` sees elements).
            assign("velocityCount", number: NameNumbering.velocityCountSlot, names: mainNames, .integer(index + 1))
            assign("velocityHasNext", number: NameNumbering.velocityHasNextSlot, names: mainNames, .boolean(hasNext))
            assign(loop.variable, number: loop.variableNumber, names: loop.names, elements[index])
            scope.index = index
            scope.hasNext = hasNext
            do {
                if case .null = elements[index] {
                    let holder = mask ?? NullMask(name: loop.variable, frame: currentFrame >= 0 ? frames[currentFrame] : nil)
                    mask = holder
                    nullMasks.append(holder)
                    defer { nullMasks.removeLast() }
                    try render(loop.body)
                } else {
                    try render(loop.body)
                }
            } catch {
                if case .breakOut(let target) = error, target == nil || target == ObjectIdentifier(scope) {
                    break
                }
                throw error
            }
            index += 1
        }
    }

    // MARK: - Macros

    private func renderMacroCall(_ call: MacroCallNode) throws(RenderFlow) {
        guard let macro = macros[call.name] else {
            try write(call.literal, at: call.location)
            return
        }
        if frames.count >= options.maxMacroDepth {
            throw .failure(TemplateError(kind: .runtime, location: call.location,
                                         message: "macro '\(call.name)' calls macros more than \(options.maxMacroDepth) deep"))
        }
        let frame = MacroFrame()
        for (index, parameter) in macro.parameters.enumerated() where index < call.arguments.count {
            let argument = call.arguments[index]
            switch argument.kind {
            case .string, .interpolated, .list, .map, .range, .reference:
                frame.proxies[parameter] = argument
            default:
                let value = try evaluate(argument)
                if case .null = value { continue }
                frame.locals[parameter] = value
            }
        }
        if let body = call.body {
            frame.locals["bodyContent"] = .object(DefinedBlock(body: body, location: call.location, renderer: self))
        }
        // The macro's frame sits on top of the caller's chain.
        let savedFrames = frames
        let savedCurrent = currentFrame
        frames = Array(frames.prefix(currentFrame + 1))
        frames.append(frame)
        currentFrame = frames.count - 1
        defer {
            frames = savedFrames
            currentFrame = savedCurrent
        }
        do {
            try render(macro.body)
        } catch {
            if case .breakOut(nil) = error { return }
            throw error
        }
    }

    // MARK: - #evaluate

    private func renderEvaluate(_ expression: Expression, at location: SourceLocation) throws(RenderFlow) {
        let value = try evaluate(expression)
        if case .null = value { return }
        let text = try string(of: value, at: location)
        let parsed: Template
        do {
            parsed = try Template(source: text, name: template.name, configuration: template.configuration)
        } catch {
            throw failure("#evaluate could not parse its text: \(error.message) (at \(error.location) of the evaluated text)", at: location)
        }
        for (name, macro) in parsed.macros where macros[name] == nil { macros[name] = macro }
        try nested(at: location) { () throws(RenderFlow) in
            do throws(RenderFlow) {
                try render(parsed.body)
            } catch {
                if case .breakOut(nil) = error { return }
                throw error
            }
        }
    }
}
