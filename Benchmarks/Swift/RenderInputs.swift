import Foundation

/// One template rendering case: a template and the backend body, as both engines read them
/// (`DIR/template.vm`, `DIR/body.json`).
struct RenderCase {
    var name: String
    var label: String
    var template: String
    var body: String
}

/// The three cases of the rendering benchmark, generated deterministically.
enum RenderInputs {
    /// (a) The XML template of the Terraform example, body `{"body":"hello"}`.
    static func terraformXML() throws -> RenderCase {
        let examples = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Examples/MyDemoAPI.yaml")
        let yaml = try String(contentsOf: examples, encoding: .utf8)
        return RenderCase(name: "a-terraform-xml", label: "(a) Terraform XML", template: try xmlTemplate(in: yaml), body: #"{"body":"hello"}"#)
    }

    /// The `application/xml: |` block of the example, de-indented.
    static func xmlTemplate(in yaml: String) throws -> String {
        let lines = yaml.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "application/xml: |" }) else {
            throw BenchError("Examples/MyDemoAPI.yaml: no `application/xml: |` template")
        }
        var block: [String] = []
        var indent: Int?
        for line in lines[(start + 1)...] {
            let leading = line.prefix { $0 == " " }.count
            if line.trimmingCharacters(in: .whitespaces).isEmpty { block.append(""); continue }
            if indent == nil { indent = leading }
            guard let indent, leading >= indent else { break }
            block.append(String(line.dropFirst(indent)))
        }
        while block.last == "" { block.removeLast() }
        return block.joined(separator: "\n") + "\n"
    }

    /// (b) A `#foreach` over a 1 MB JSON array, building JSON (API Gateway stops at 1,000).
    static func foreachMegabyte() -> RenderCase {
        var body = "["
        var index = 0
        while body.utf8.count < 1_048_576 {
            if index > 0 { body += "," }
            let price = Double(index % 10_000) * 1.25 + 0.5
            body += #"{"id":\#(index),"name":"item \#(index) \"quoted\"","price":\#(price),"#
                + #""active":\#(index % 3 == 0 ? "true" : "false"),"tags":["t\#(index % 7)","u\#(index % 11)"],"#
                + #""owner":{"name":"user\#(index % 97)","score":\#(index * 31 % 1000)}}"#
            index += 1
        }
        body += "]"
        let template = """
        #set($items = $input.path('$'))
        {"count": $items.size(), "items": [
        #foreach($item in $items)
          {"id": $item.id, "name": "$util.escapeJavaScript($item.name)", "price": $item.price, "owner": "$item.owner.name", "first": "$item.tags[0]"}#if($foreach.hasNext),#end

        #end
        ]}

        """
        return RenderCase(name: "b-foreach-1mb", label: "(b) #foreach 1 MB", template: template, body: body)
    }

    /// (c) A 100-line template full of `$util` calls.
    static func utilHundred() -> RenderCase {
        let body = #"{"name":"Jürgen \"JJ\" O'Brien","city":"São Paulo & Co","q":"a=1&b=two words/ü","n":42,"list":[1,2,3],"blob":"aGVsbG8gd29ybGQ="}"#
        var lines = ["#set($n = $input.path('$.name'))", "#set($c = $input.path('$.city'))", "#set($q = $input.path('$.q'))", "{"]
        var index = 0
        while lines.count < 99 {
            let line: String
            switch index % 6 {
            case 0: line = #"  "e\#(index)": "$util.escapeJavaScript($n) $util.escapeJavaScript($c)","#
            case 1: line = #"  "u\#(index)": "$util.urlEncode($q)|$util.urlDecode($util.urlEncode($c))","#
            case 2: line = #"  "b\#(index)": "$util.base64Encode($n)","#
            case 3: line = #"  "d\#(index)": "$util.base64Decode($input.path('$.blob'))","#
            case 4: line = #"  "p\#(index)": "$util.parseJson('{"k":[1,2,{"x":"y"}]}').k[2].x","#
            default: line = #"  "j\#(index)": $input.json('$.list'), "s\#(index)": "$util.escapeJavaScript($input.json('$'))","#
            }
            lines.append(line)
            index += 1
        }
        lines.append(#"  "end": true}"#)
        return RenderCase(name: "c-util-100", label: "(c) 100 lines of $util", template: lines.joined(separator: "\n") + "\n", body: body)
    }

    /// Every case, in order.
    static func all() throws -> [RenderCase] { [try terraformXML(), foreachMegabyte(), utilHundred()] }

    /// Writes each case into `DIR/NAME/template.vm` and `body.json`.
    static func write(_ cases: [RenderCase], to directory: String) throws {
        for item in cases {
            let folder = URL(fileURLWithPath: directory).appendingPathComponent(item.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(item.template.utf8).write(to: folder.appendingPathComponent("template.vm"))
            try Data(item.body.utf8).write(to: folder.appendingPathComponent("body.json"))
        }
    }
}

/// A failure of the benchmark itself (bad inputs, missing files).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
