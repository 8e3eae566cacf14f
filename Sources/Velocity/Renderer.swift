// The renderer: walks the syntax tree with a context, writing into one output buffer.

import Text

/// Why rendering left the normal flow: an error, `#stop`, or `#break`.
enum RenderFlow: Error {
    case failure(TemplateError)
    case stop
    /// `#break`: the foreach scope it targets, or nil for the nearest construct.
    case breakOut(ObjectIdentifier?)
}

/// The variables of one macro call (Velocity's ProxyVMContext): values set inside the macro,
/// and call-by-name arguments evaluated in the caller's context each time they are read.
final class MacroFrame {
    var locals: [String: Value] = [:]
    var proxies: [String: Expression] = [:]
}

/// While `#foreach` renders its body for a null element, reads of the loop variable give
/// null until the variable is removed (Velocity 1.7's NullHolderContext). Like that context it
/// wraps the context the loop runs in: a macro called from the body reads its own locals and
/// arguments before the mask.
final class NullMask {
    let name: String
    /// The innermost macro frame where the loop runs (nil: the global context).
    let frame: MacroFrame?
    var active = true

    init(name: String, frame: MacroFrame?) {
        self.name = name
        self.frame = frame
    }
}

/// Renders one template once; not reusable across renders.
final class Renderer {
    let template: Template
    let options: RenderOptions
    @exclusivity(unchecked) var globals: VariableTable
    /// The main template's numbering: its references' numbers are their global slots.
    let mainNames: NameTableToken
    var macros: [String: MacroDefinition]
    @exclusivity(unchecked) var frames: [MacroFrame] = []
    /// The innermost frame reads and writes start from (-1: the global context).
    @exclusivity(unchecked) var currentFrame = -1
    /// The output so far, as UTF-8 (appending bytes is cheaper than growing a String).
    @exclusivity(unchecked) var output: UTF8Buffer
    @exclusivity(unchecked) var outputBytes = 0
    @exclusivity(unchecked) var steps = 0
    @exclusivity(unchecked) var nesting = 0
    @exclusivity(unchecked) var nullMasks: [NullMask] = []
    /// Method calls being evaluated (a call's arguments may call methods too).
    @exclusivity(unchecked) var callDepth = 0
    /// One reusable argument array per call depth.
    @exclusivity(unchecked) var argumentBuffers: [[Value]] = []
    /// `#define` blocks made inside macros, which hold macro frames (released in `deinit`).
    var framedBlocks: [DefinedBlock] = []
    /// The configuration's invalid reference handler (nil: stock Velocity).
    let invalidReferenceHandler: (any InvalidReferenceEventHandler)?
    /// What the render reports besides its output.
    var report = RenderReport()

    init(template: Template, context: some Sequence<(key: String, value: Value)>, options: RenderOptions) {
        self.template = template
        self.options = options
        self.globals = VariableTable(names: template.names, index: template.nameIndex, context: context)
        self.mainNames = template.nameToken
        self.macros = template.macros
        self.output = UTF8Buffer(capacity: template.source.count + 256)
        self.invalidReferenceHandler = template.configuration.invalidReferenceHandler
    }

    deinit {
        for block in framedBlocks { block.frames = [] }
    }

    /// Renders the whole template; `#stop` and a stray `#break` end it quietly.
    func renderTemplate() throws(TemplateError) -> [UInt8] {
        do {
            try render(template.body)
        } catch {
            switch error {
            case .failure(let failure): throw failure
            case .stop, .breakOut: break
            }
        }
        return output.bytes()
    }

    // MARK: - Output and limits

    /// Appends text to the output, enforcing the output limit.
    @inline(__always)
    func write(_ text: String, at location: SourceLocation) throws(RenderFlow) {
        let count = text.utf8.count
        guard count > 0 else { return }
        outputBytes += count
        if outputBytes > options.maxOutputBytes {
            throw .failure(TemplateError(kind: .limit, location: location,
                                         message: "output exceeds \(options.maxOutputBytes) bytes"))
        }
        output.append(text)
    }

    /// Renders `body` into a string of its own instead of the output (string interpolation,
    /// `#define` blocks printed as values); the output limit counts what it writes.
    func capture(_ body: () throws(RenderFlow) -> Void) throws(RenderFlow) -> String {
        let start = output.count
        let savedBytes = outputBytes
        defer {
            output.truncate(to: start)
            outputBytes = savedBytes
        }
        try body()
        return output.string(from: start)
    }

    /// Counts one evaluation step, enforcing the step limit.
    @inline(__always)
    func step(_ location: SourceLocation) throws(RenderFlow) {
        steps += 1
        if steps > options.maxSteps {
            throw .failure(TemplateError(kind: .limit, location: location,
                                         message: "rendering takes more than \(options.maxSteps) steps; is there a runaway loop?"))
        }
    }

    /// A runtime error at a place.
    func failure(_ message: String, at location: SourceLocation) -> RenderFlow {
        .failure(TemplateError(kind: .runtime, location: location, message: message))
    }

    /// Runs `body` one nesting level deeper (#evaluate, #define, interpolation).
    func nested<T>(at location: SourceLocation, _ body: () throws(RenderFlow) -> T) throws(RenderFlow) -> T {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > options.maxNestingDepth {
            throw .failure(TemplateError(kind: .limit, location: location,
                                         message: "#evaluate, #define or string interpolation nested more than \(options.maxNestingDepth) deep"))
        }
        return try body()
    }

    // MARK: - Context

    /// Reads a variable the way Velocity's chained contexts do.
    func lookup(_ name: String) throws(RenderFlow) -> Value {
        let masked = !nullMasks.isEmpty
        var index = currentFrame
        while index >= 0 {
            let frame = frames[index]
            if masked && isMasked(name, around: frame) { return .null }
            if let value = frame.locals[name] { return value }
            if let argument = frame.proxies[name] {
                let saved = currentFrame
                currentFrame = index - 1
                defer { currentFrame = saved }
                return try evaluate(argument)
            }
            index -= 1
        }
        if masked && isMasked(name, around: nil) { return .null }
        return globals[name] ?? .null
    }

    /// Whether an active null mask for `name` wraps `frame` (nil: the global context).
    private func isMasked(_ name: String, around frame: MacroFrame?) -> Bool {
        nullMasks.contains { $0.active && $0.frame === frame && $0.name == name }
    }

    /// Whether a mask is on the chain of contexts reads and writes go through now (a mask
    /// inside a macro is not, while that macro's caller evaluates an argument).
    private func isOnChain(_ mask: NullMask) -> Bool {
        guard let frame = mask.frame else { return true }
        return currentFrame >= 0 && frames[0...currentFrame].contains { $0 === frame }
    }

    /// Reads a reference's root variable: by its global slot outside macros and null loop
    /// elements (the usual case), else by name.
    @inline(__always)
    func lookup(_ reference: ReferenceNode) throws(RenderFlow) -> Value {
        guard nullMasks.isEmpty, currentFrame < 0, reference.names === mainNames else {
            return try lookup(reference.rootName)
        }
        return globals[slot: reference.nameNumber]
    }

    /// Writes a variable: into every enclosing macro frame and the global context
    /// (Velocity 1.7's default, `velocimacro.context.localscope = false`).
    func assign(_ name: String, _ value: Value) {
        assignToFrames(name, value)
        globals[name] = value
    }

    /// `assign` for a variable numbered in `names` (its global slot when that is the main
    /// template's numbering).
    @inline(__always)
    func assign(_ name: String, number: Int, names: NameTableToken, _ value: Value) {
        guard names === mainNames else { return assign(name, value) }
        assignToFrames(name, value)
        globals[slot: number] = value
    }

    @inline(__always)
    private func assignToFrames(_ name: String, _ value: Value) {
        if !nullMasks.isEmpty, case .null = value {
            for mask in nullMasks where mask.name == name && isOnChain(mask) { mask.active = true }
        }
        if currentFrame >= 0 {
            for index in 0...currentFrame {
                frames[index].locals[name] = value
            }
        }
    }

    /// Removes a variable from every enclosing frame and the global context.
    func remove(_ name: String) {
        for mask in nullMasks where mask.name == name && isOnChain(mask) { mask.active = false }
        if currentFrame >= 0 {
            for index in 0...currentFrame {
                frames[index].locals[name] = nil
                frames[index].proxies[name] = nil
            }
        }
        globals[name] = nil
    }

    /// Puts back a saved value, or removes the variable when there was none.
    func restore(_ name: String, _ saved: Value) {
        if case .null = saved {
            remove(name)
        } else {
            assign(name, saved)
        }
    }
}
