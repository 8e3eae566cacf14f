// Command hcl-check reads Terraform files as Terraform does — HashiCorp's hclsyntax parser and
// go-cty values, with the cty standard functions Terraform offers — and prints every block's
// evaluated arguments as JSON, so a test can compare them byte for byte with what gwx wrote.
//
//	hcl-check [FILE...]    (no FILE: reads standard input)
//
// One JSON line per input: {"file": NAME, "blocks": [{"type", "labels", "attributes"}]}.
// Strings are printed exactly, in ASCII: every other character as a JSON \u escape (no HTML
// escaping), which decodes to the same characters.
// A parse or evaluation error is printed as FILE:LINE:COLUMN: error: ... and the exit status is 1.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// The string functions of Terraform's standard library that a generated file might use.
var functions = map[string]function.Function{
	"chomp":      stdlib.ChompFunc,
	"indent":     stdlib.IndentFunc,
	"join":       stdlib.JoinFunc,
	"lower":      stdlib.LowerFunc,
	"upper":      stdlib.UpperFunc,
	"replace":    stdlib.ReplaceFunc,
	"trimspace":  stdlib.TrimSpaceFunc,
	"trimprefix": stdlib.TrimPrefixFunc,
	"trimsuffix": stdlib.TrimSuffixFunc,
	"format":     stdlib.FormatFunc,
}

type block struct {
	Type       string                 `json:"type"`
	Labels     []string               `json:"labels"`
	Attributes map[string]interface{} `json:"attributes"`
}

type result struct {
	File   string  `json:"file"`
	Blocks []block `json:"blocks"`
}

func main() {
	names := os.Args[1:]
	failed := false
	if len(names) == 0 {
		source, err := io.ReadAll(os.Stdin)
		if err != nil {
			fmt.Fprintf(os.Stderr, "<stdin>: error: %v\n", err)
			os.Exit(1)
		}
		failed = !check("<stdin>", source)
	}
	for _, name := range names {
		source, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: error: %v\n", name, err)
			failed = true
			continue
		}
		if !check(name, source) {
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

// check parses and evaluates one file, printing its JSON line or its errors.
func check(name string, source []byte) bool {
	file, diags := hclsyntax.ParseConfig(source, name, hcl.Pos{Line: 1, Column: 1, Byte: 0})
	if report(diags) {
		return false
	}
	body, ok := file.Body.(*hclsyntax.Body)
	if !ok {
		fmt.Fprintf(os.Stderr, "%s: error: not a native HCL body\n", name)
		return false
	}
	context := &hcl.EvalContext{Functions: functions}
	out := result{File: name, Blocks: []block{}}
	if len(body.Attributes) > 0 {
		fmt.Fprintf(os.Stderr, "%s: error: unexpected top-level arguments\n", name)
		return false
	}
	for _, b := range body.Blocks {
		if len(b.Body.Blocks) > 0 {
			first := b.Body.Blocks[0]
			fmt.Fprintf(os.Stderr, "%s: error: unexpected nested block %q\n", first.TypeRange.String(), first.Type)
			return false
		}
		entry := block{Type: b.Type, Labels: b.Labels, Attributes: map[string]interface{}{}}
		if entry.Labels == nil {
			entry.Labels = []string{}
		}
		for attrName, attr := range b.Body.Attributes {
			value, ok := evaluate(attr.Expr, context)
			if !ok {
				return false
			}
			entry.Attributes[attrName] = value
		}
		out.Blocks = append(out.Blocks, entry)
	}
	var buffer bytes.Buffer
	encoder := json.NewEncoder(&buffer)
	encoder.SetEscapeHTML(false)
	if err := encoder.Encode(out); err != nil {
		fmt.Fprintf(os.Stderr, "%s: error: %v\n", name, err)
		return false
	}
	os.Stdout.Write(asciiJSON(buffer.Bytes()))
	return true
}

// asciiJSON writes every non-ASCII character of encoded JSON as a \u escape (surrogate pairs
// above U+FFFF). Non-ASCII can only stand inside strings, so the value is unchanged; readers such
// as Foundation's JSONSerialization on Linux drop a raw U+FEFF, but read its escape exactly.
func asciiJSON(encoded []byte) []byte {
	var out bytes.Buffer
	for _, r := range string(encoded) {
		switch {
		case r < 0x80:
			out.WriteRune(r)
		case r > 0xFFFF:
			high, low := utf16.EncodeRune(r)
			fmt.Fprintf(&out, "\\u%04x\\u%04x", high, low)
		default:
			fmt.Fprintf(&out, "\\u%04x", r)
		}
	}
	return out.Bytes()
}

// evaluate gives an argument's value as JSON-ready Go data. A bare reference such as
// `aws_api_gateway_integration_response.x` (an import block's `to`) is printed as its text.
func evaluate(expr hclsyntax.Expression, context *hcl.EvalContext) (interface{}, bool) {
	if traversal, ok := expr.(*hclsyntax.ScopeTraversalExpr); ok {
		parts := []string{traversal.Traversal.RootName()}
		for _, step := range traversal.Traversal[1:] {
			attr, isAttr := step.(hcl.TraverseAttr)
			if !isAttr {
				fmt.Fprintf(os.Stderr, "%s: error: only attribute steps are supported in a reference\n", step.SourceRange().String())
				return nil, false
			}
			parts = append(parts, attr.Name)
		}
		return strings.Join(parts, "."), true
	}
	value, diags := expr.Value(context)
	if report(diags) {
		return nil, false
	}
	converted, err := toJSON(value)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: error: %v\n", expr.Range().String(), err)
		return nil, false
	}
	return converted, true
}

// toJSON converts a known cty value; strings must be valid UTF-8 so JSON keeps every byte.
func toJSON(value cty.Value) (interface{}, error) {
	if !value.IsKnown() {
		return nil, fmt.Errorf("value is not known")
	}
	if value.IsNull() {
		return nil, nil
	}
	kind := value.Type()
	switch {
	case kind == cty.String:
		text := value.AsString()
		if !utf8.ValidString(text) {
			return nil, fmt.Errorf("string is not valid UTF-8")
		}
		return text, nil
	case kind == cty.Bool:
		return value.True(), nil
	case kind == cty.Number:
		return json.Number(value.AsBigFloat().Text('g', -1)), nil
	case kind.IsMapType() || kind.IsObjectType():
		object := map[string]interface{}{}
		for iterator := value.ElementIterator(); iterator.Next(); {
			key, element := iterator.Element()
			converted, err := toJSON(element)
			if err != nil {
				return nil, err
			}
			if !utf8.ValidString(key.AsString()) {
				return nil, fmt.Errorf("key is not valid UTF-8")
			}
			object[key.AsString()] = converted
		}
		return object, nil
	case kind.IsListType() || kind.IsTupleType() || kind.IsSetType():
		array := []interface{}{}
		for iterator := value.ElementIterator(); iterator.Next(); {
			_, element := iterator.Element()
			converted, err := toJSON(element)
			if err != nil {
				return nil, err
			}
			array = append(array, converted)
		}
		return array, nil
	}
	return nil, fmt.Errorf("unsupported value type %s", kind.FriendlyName())
}

// report prints diagnostics as FILE:LINE:COLUMN: error: SUMMARY: DETAIL; true when any is an error.
func report(diags hcl.Diagnostics) bool {
	for _, diag := range diags {
		place := "<unknown>"
		if diag.Subject != nil {
			place = fmt.Sprintf("%s:%d:%d", diag.Subject.Filename, diag.Subject.Start.Line, diag.Subject.Start.Column)
		}
		severity := "error"
		if diag.Severity == hcl.DiagWarning {
			severity = "warning"
		}
		fmt.Fprintf(os.Stderr, "%s: %s: %s: %s\n", place, severity, diag.Summary, diag.Detail)
	}
	return diags.HasErrors()
}
