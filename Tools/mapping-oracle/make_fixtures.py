# Writes the oracle-backed mapping fixtures (template.vm, body.json, request.json, README) under
# Tests/MappingTests/Fixtures; then `Tools/mapping-oracle/run.sh --write DIR...` records expected.out.
# Usage: python3 Tools/mapping-oracle/make_fixtures.py Tests/MappingTests/Fixtures
import json, os, sys
root = sys.argv[1]
PETS = '[{"id":1,"type":"dog","price":249.99},{"id":2,"type":"cat","price":124.99},{"id":3,"type":"fish","price":0.99}]'
NUMS = '{"int":42,"neg":-7,"zero":-0,"long":12345678901,"big":123456789012345678901234,"dec":1.50,"exp":1e3,"small":1E-7,"tenth":0.1,"precise":3.14159265358979323846,"huge":1e300,"hundred":100.0}'
NESTED = '{"name":"Fido","tags":["a","b"],"owner":{"name":"Ann","address":{"city":"Paris","zip":"75001"}},"empty":{},"none":[],"nil":null,"flag":true,"off":false}'
STORE = '{"store":{"book":[{"category":"reference","author":"Nigel Rees","title":"Sayings of the Century","price":8.95},{"category":"fiction","author":"Evelyn Waugh","title":"Sword of Honour","price":12.99},{"category":"fiction","author":"Herman Melville","title":"Moby Dick","isbn":"0-553-21311-3","price":8.99},{"category":"fiction","author":"J. R. R. Tolkien","title":"The Lord of the Rings","isbn":"0-395-19395-8","price":22.99}],"bicycle":{"color":"red","price":19.95}},"expensive":10}'
STRS = '{"plain":"hello","quote":"say \\"hi\\"","slash":"a/b","back":"c:\\\\dir","tab":"a\\tb","nl":"line1\\nline2","uni":"caf\\u00e9 \\u2028 \\ud83d\\ude00","ctrl":"\\u0001\\u001f\\u007f","apos":"it\'s","html":"<b>&amp;</b>"}'
cases = {}
def case(feature, name, template, body=None, request=None, readme=None):
    cases[(feature, name)] = (template, body, request, readme)

# --- input-path: how values print
for key in ["int","neg","zero","long","big","dec","exp","small","tenth","precise","huge","hundred"]:
    case("input-path", "number-"+key, "$input.path('$.%s')\n" % key, NUMS)
case("input-path", "whole-object", "$input.path('$')\n", NESTED)
case("input-path", "whole-array", "$input.path('$')\n", PETS)
case("input-path", "nested-map", "$input.path('$.owner')\n", NESTED)
case("input-path", "array-in-map", "$input.path('$.tags')\n", NESTED)
case("input-path", "empty-map-and-list", "$input.path('$.empty') $input.path('$.none')\n", NESTED)
case("input-path", "booleans", "$input.path('$.flag') $input.path('$.off')\n", NESTED)
case("input-path", "null-member-renders-empty", "[$input.path('$.nil')] [$!input.path('$.nil')]\n", NESTED)
case("input-path", "missing-member-renders-empty", "[$input.path('$.nothing')] [$!input.path('$.nothing')]\n", NESTED)
case("input-path", "property-chain", "$input.path('$').owner.address.city $input.path('$.owner').name\n", NESTED)
case("input-path", "list-size-and-index", "$input.path('$.tags').size() $input.path('$.tags').get(1) $input.path('$.tags')[0]\n", NESTED)
case("input-path", "map-keyset", "#foreach($k in $input.path('$').keySet())$k #end\n", NESTED)
case("input-path", "map-size-and-get", "$input.path('$.owner').size() $input.path('$.owner').get('name') $input.path('$.owner').address.zip\n", NESTED)
case("input-path", "string-methods", "$input.path('$.name').length() $input.path('$.name').toUpperCase() $input.path('$.owner.name').substring(1)\n", NESTED)
case("input-path", "number-arithmetic", "#set($n = $input.path('$.int'))#set($m = $n + 1)$m #set($d = $input.path('$.dec') * 2)$d\n", NUMS)
case("input-path", "compare-numbers", "#if($input.path('$.int') > 40)big#else small#end #if($input.path('$.dec') == 1.5)eq#end\n", NUMS)
case("input-path", "if-missing-is-true", "#if($input.path('$.nothing'))yes#else no#end #if($input.path('$.flag'))yes#end #if($input.path('$.off'))yes#else no#end\n", NESTED)
case("input-path", "strings-print-raw", "$input.path('$.quote') $input.path('$.slash') $input.path('$.apos') $input.path('$.html')\n", STRS)
case("input-path", "string-body-root", "$input.path('$')\n", '"just a string"')
case("input-path", "number-body-root", "$input.path('$')\n", '12.50')
case("input-path", "form-urlencoded-body-is-a-string", "#foreach($pair in $input.path('$').split('&'))$pair.split('=')[0]=$util.urlDecode($pair.split('=')[1]);#end\n", 'name=Jo+Ann&city=S%C3%A3o+Paulo',
     readme="json-smart (permissive mode, used by Jayway JsonPath) reads a body that does not start like JSON as one string,\nwhich is why the common x-www-form-urlencoded idiom `$input.path('$').split('&')` works on API Gateway.\n")
case("input-path", "empty-body-is-empty-object", "[$input.path('$')] [$input.json('$')]\n", "",
     readme="API Gateway reads an empty body as `{}`.\n")
case("input-path", "list-of-maps-prints-json", "$input.path('$')\n$input.path('$')[0]\n", PETS)
case("input-path", "mutation-visible-in-json", "#set($b = $input.path('$'))#set($b.url = \"https://example.tld/thingy/$b.name\")$input.json('$')\n", NESTED,
     readme="The body is parsed once: maps returned by $input.path are the document itself, so #set on them\nshows in a later $input.json (a documented trick in community write-ups).\n")
case("input-path", "put-into-map", "#set($o = $input.path('$.owner'))#set($x = $o.put('age', 30))$input.json('$.owner') $o\n", NESTED)
case("input-path", "add-to-list", "#set($t = $input.path('$.tags'))#set($x = $t.add('c'))$input.json('$') $t\n", NESTED)
case("input-path", "deep-numbers-in-map", "$input.path('$')\n", NUMS)

# --- input-json
case("input-json", "root-object", "$input.json('$')\n", NESTED)
case("input-json", "root-array", "$input.json('$')\n", PETS)
case("input-json", "string-quoted", "$input.json('$.name')\n", NESTED)
case("input-json", "number", "$input.json('$.int') $input.json('$.dec') $input.json('$.exp') $input.json('$.big') $input.json('$.precise') $input.json('$.small')\n", NUMS)
case("input-json", "boolean-and-null", "$input.json('$.flag') $input.json('$.off') $input.json('$.nil')\n", NESTED)
case("input-json", "missing-is-null", "$input.json('$.nothing') $input.json('$.owner.nothing') $input.json('$.tags[9]')\n", NESTED,
     readme="A definite path that finds nothing: Jayway throws PathNotFoundException; the oracle (like LocalStack)\nreads that as null, and the JSON text of null is `null`. Chosen over an empty string so the output\nstays valid JSON in `\"x\": $input.json(...)`.\n")
case("input-json", "nested-object", "$input.json('$.owner')\n", NESTED)
case("input-json", "empty-structures", "$input.json('$.empty') $input.json('$.none')\n", NESTED)
case("input-json", "string-escapes", "#foreach($k in $input.path('$').keySet())$k=$input.json(\"$.$k\")\n#end", STRS,
     readme="json-smart escapes `/` as `\\/`, controls and U+007F-U+009F, U+2000-U+20FF as upper-case \\uXXXX.\n")
case("input-json", "reserializes-compactly", "$input.json('$')\n", '{\n  "a" : [ 1 , 2 ],\n  "b" : { "c" : "d" }\n}\n')
case("input-json", "duplicate-keys-last-wins", "$input.json('$') $input.path('$')\n", '{"a":1,"b":2,"a":3}')
case("input-json", "string-root-body", "$input.json('$')\n", 'hello world')
case("input-json", "in-json-document", "{\n  \"pets\": $input.json('$'),\n  \"first\": $input.json('$[0].type')\n}\n", PETS)

# --- jsonpath via $input.json
for name, path in [("dot-chain","$.store.bicycle.color"),("bracket-single","$['store']['bicycle']"),
                   ("index","$.store.book[2].isbn"),("wildcard-array","$.store.book[*].author"),("wildcard-object","$.store.bicycle.*"),
                   ("deep-scan","$..author"),("deep-scan-price","$..price"),("slice","$.store.book[1:3].title"),("slice-open-start","$.store.book[:2].title"),
                   ("slice-open-end","$.store.book[2:].title"),("union","$.store.book[0,3].title"),("filter-less","$.store.book[?(@.price < 10)].title"),
                   ("filter-exists","$.store.book[?(@.isbn)].title"),("filter-equal-string","$.store.book[?(@.category == 'reference')].author"),
                   ("filter-root-ref","$.store.book[?(@.price > $.expensive)].title"),("filter-and","$.store.book[?(@.price < 10 && @.category == 'fiction')].title"),
                   ("filter-or","$.store.book[?(@.price > 20 || @.category == 'reference')].title"),("no-dollar","store.bicycle.price"),
                   ("wildcard-of-missing","$.store.nothing[*]"),("deep-scan-missing","$..nothing"),("multi-name","$.store.bicycle['color','price']"),
                   ("root-wildcard","$.*"),("book-length-wildcard","$.store.book[*]")]:
    case("jsonpath", name, "$input.json(\"%s\")\n" % path, STORE)
case("jsonpath", "path-result-is-list", "#set($t = $input.path('$.store.book[*].title'))$t.size() $t[0] $t\n", STORE)
case("jsonpath", "bracket-double-quotes", "$input.json('$[\"store\"].book[0].title')\n", STORE,
     readme="Hand-written: Jayway JsonPath 2.0.0 (Debian) rejects double-quoted names in brackets; later Jayway\nversions accept them like single quotes, and the developer guide does not restrict the quote style.\n")
case("jsonpath", "negative-index", "$input.json('$.store.book[-1].title')\n", STORE,
     readme="Hand-written: Jayway JsonPath 2.0.0 (Debian) rejects negative indexes, later Jayway versions\n(2.1+) count them from the end; gwx follows the later versions, which API Gateway documents no\ndifferently. Expected: the last book.\n")

# --- input-params
REQ = {"path":{"petId":"42"},"querystring":{"q":"search term","petId":"shadowed"},"header":{"Accept":"application/json","X-Trace":"abc"}}
case("input-params", "all-params-map", "$input.params()\n", None, REQ)
case("input-params", "by-name-order", "$input.params('petId') $input.params('q') $input.params('Accept')\n", None, REQ)
case("input-params", "missing-is-empty", "[$input.params('nope')]\n", None, REQ)
case("input-params", "by-kind", "$input.params().path.petId $input.params().querystring.q $input.params().header.get('X-Trace')\n", None, REQ)
case("input-params", "loop-all", "#set($all = $input.params())\n#foreach($type in $all.keySet())\n$type:#foreach($n in $all.get($type).keySet()) $n=$all.get($type).get($n)#end\n\n#end", None, REQ)
case("input-params", "no-params", "$input.params() $input.params().path.size()\n", None, None)

# --- input-body
case("input-body", "raw-body", "$input.body\n", '{ "a" : 1 }')
case("input-body", "raw-text-body", "[$input.body]\n", 'plain text, not JSON')
case("input-body", "empty-body", "[$input.body]\n", '', readme="An empty payload's $input.body is `{}` on API Gateway (issue 11; see gateway-rules/empty-body-is-object).\n")
case("input-body", "body-length", "$input.body.length()\n", '{"a":"é"}')

# --- util
for name, text in [("quotes","it's \"quoted\""),("slash-backslash","a/b\\c"),("controls","tab\tnl\ncr\r"),("unicode","café ✓ 😀"),("plain","hello world")]:
    case("util-escape", name, "#set($s = $input.path('$.s'))$util.escapeJavaScript($s)\n", json.dumps({"s":text}))
case("util-escape", "json-body-roundtrip", "\"$util.escapeJavaScript($input.json('$'))\"\n", NESTED)
case("util-escape", "replace-escaped-quote", "$util.escapeJavaScript($input.path('$.s')).replaceAll(\"\\\\'\",\"'\")\n", json.dumps({"s":"it's"}),
     readme="The developer guide's note on $util.escapeJavaScript: escaped single quotes are not valid JSON,\nso templates turn them back with .replaceAll(\"\\\\'\",\"'\").\n")
case("util-parsejson", "object", "#set($o = $util.parseJson($input.path('$.s')))$o $o.a $o.b[1]\n", json.dumps({"s":"{\"a\":1.50,\"b\":[1,2]}"}))
case("util-parsejson", "error-message-object", "#set($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))\n{\n   \"errorMessageObjKey2ArrVal\" : $errorMessageObj.key2.arr[0]\n}\n",
     json.dumps({"errorMessage":"{\"key1\":\"var1\",\"key2\":{\"arr\":[1,2,3]}}"}),
     readme="Developer guide, $util reference: the $util.parseJson example (a Lambda errorMessage that is\nstringified JSON, read back with $util.parseJson).\n")
case("util-parsejson", "array", "#set($a = $util.parseJson('[1,\"x\",{\"k\":null}]'))$a $a.size() $a[2]\n", None)
case("util-parsejson", "scalar", "$util.parseJson('12') $util.parseJson('\"s\"') $util.parseJson('true')\n", None)
case("util-url", "encode", "$util.urlEncode($input.path('$.s'))\n", json.dumps({"s":"a b&c=d/é~*._-+"}))
case("util-url", "decode", "$util.urlDecode($input.path('$.s'))\n", json.dumps({"s":"a+b%26c%3Dd%2F%C3%A9~"}))
case("util-url", "roundtrip", "$util.urlDecode($util.urlEncode('x y/z?'))\n", None)
case("util-base64", "encode", "$util.base64Encode($input.path('$.s'))\n", json.dumps({"s":"hello wörld"}))
case("util-base64", "decode", "$util.base64Decode($input.path('$.s'))\n", json.dumps({"s":"aGVsbG8gd8O2cmxk"}))
case("util-base64", "empty", "[$util.base64Encode('')] [$util.base64Decode('')]\n", None)

# --- context and stage variables
case("context", "defaults", "$context.requestId $context.accountId $context.apiId $context.stage $context.resourcePath $context.resourceId $context.httpMethod $context.path $context.protocol $context.requestTime $context.requestTimeEpoch $context.domainName $context.identity.sourceIp $context.identity.userAgent [$context.identity.caller]\n", None)
case("context", "overrides", "$context.stage $context.identity.sourceIp $context.authorizer.principalId $context.authorizer.claims.sub $context.httpMethod\n", None,
     {"context":{"stage":"prod","identity.sourceIp":"192.0.2.1","authorizer.principalId":"user-1","authorizer.claims.sub":"abc","httpMethod":"POST"}})
case("context", "request-time", "$context.requestTime $context.requestTimeEpoch\n", None, {"requestTimeEpoch": 1732540921123})
case("stage-variables", "values", "$stageVariables.env $stageVariables.get('table') $stageVariables\n", None, {"stageVariables":{"env":"dev","table":"pets-dev"}})
case("stage-variables", "empty", "$stageVariables $stageVariables.size()\n", None)

# --- foreach building JSON
case("foreach", "pets-to-json", "#set($inputRoot = $input.path('$'))\n[\n#foreach($elem in $inputRoot)\n  {\n    \"id\": $elem.id,\n    \"type\": \"$elem.type\",\n    \"price\": $elem.price\n  }#if($foreach.hasNext),#end\n\n#end\n]\n", PETS,
     readme="Developer guide, mapping template example for the PetStore GET /pets integration response.\n")
case("foreach", "nested-loops", "#foreach($b in $input.path('$.store.book'))$foreach.count:$b.title#foreach($k in $b.keySet())#if($k == 'isbn') ($b.isbn)#end#end\n#end", STORE)
case("foreach", "json-per-element", "#foreach($i in [0..2])$input.json(\"$[$i]\")#if($foreach.hasNext),#end#end\n", PETS)

case("foreach", "stops-after-1000-iterations", "#set($n = 0)#foreach($i in [1..1500])#set($n = $n + 1)#end$n\n", None,
     readme="API Gateway's quota: a #foreach loop runs at most 1,000 iterations (the oracle sets Velocity's\ndirective.foreach.maxloops to 1000 to match).\n")
case("foreach", "loop-over-1000-element-body", "#foreach($e in $input.path('$'))#if(!$foreach.hasNext)$foreach.count $e#end#end $input.path('$').size()\n",
     "[" + ",".join('%d' % i for i in range(1200)) + "]")

# --- gateway-rules: where API Gateway's engine differs from stock Velocity 1.7
# (docs/vtl-on-api-gateway.md). Rule 1: null and undefined evaluate to "".
UNDEF_README = ("API Gateway evaluates a null or undefined reference to \"\" (the oracle's InvalidReferenceEventHandler\n"
                "answers \"\" from invalidGetMethod and invalidMethod). Recorded on AWS: issue 11 (a session's recordings:\n"
                "`#if($order.coupon)...#end` with coupon missing prints the text).\n")
ORDER = '{"order":{"id":7,"items":[{"sku":"a","qty":2}],"note":null}}'
case("gateway-rules", "undefined-if-is-true", "#if($missing)yes#end|#if($order.coupon)coupon#end|#if(!$missing)not#else else#end\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "undefined-in-input-path-if", "#set($order = $input.path('$.order'))[#if($order.coupon)has coupon#else none#end] [#if($order.note)note#end] [#if($input.path('$.nothing'))path#end]\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "undefined-equals-empty-and-null", "#if($missing == \"\")eq-empty#end #if($missing == $null)eq-null#end #if($input.path('$.order.note') == \"\")note-empty#end #if($missing != \"\")ne#else not-ne#end\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "quiet-references", "[$!missing] [$!{missing}] [$!input.path('$.nothing')] [$!order.id]\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "formal-references", "[${missing}] [${missing.deeper}] [${input.path('$.order.note')}]x\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "nested-properties", "#set($o = $input.path('$.order'))[$a.b.c] [$o.coupon.code] [$o.items[0].missing.deeper] [$o.note.length()] [$missing.size()]\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "set-overwrites-with-empty", "#set($y = \"before\")#set($y = $missing)[$y] #set($z = \"before\")#set($z = $input.path('$.order.note'))[$z] #set($w = \"before\")#set($w = $missing - 1)[$w]\n", ORDER,
     readme=UNDEF_README + "#set($w = $missing - 1): \"\" - 1 is null in Velocity's arithmetic, and #set of a null keeps the old value.\n")
case("gateway-rules", "escaped-reference-is-defined", "[\\$missing] [\\$order] [\\\\$missing] [\\$!missing]\n", ORDER,
     readme=UNDEF_README + "An escaped reference prints its name when it is defined; with the handler, `\\$missing` is \"defined\" (\"\").\n")
case("gateway-rules", "foreach-over-undefined", "[#foreach($i in $missing)it#end] [#foreach($i in $input.path('$.nothing'))it#end] [#foreach($i in $input.path('$.order.items'))$i.sku:[$i.missing]#end]\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "arithmetic-and-comparison", "#set($a = $missing + 1)[$a] #set($b = $missing * 2)[$b] [#if($missing < 1)lt#else not-lt#end] [#if($missing == 0)eq0#else not-eq0#end] #set($s = \"x\" + $missing)[$s]\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "method-arguments", "[$util.escapeJavaScript($missing)] [$util.urlEncode($missing)] [$util.base64Encode($input.path('$.nothing'))] [$input.path('$.order.id').toString().concat($missing)]\n", ORDER,
     readme=UNDEF_README + "escapeJavaScript of an undefined reference is \"\", not \"null\".\n")
case("gateway-rules", "parsejson-missing-field", "#set($e = $util.parseJson($input.path('$.errorMessage')))[$e.code] [$e.detail.reason] #if($e.detail)detail#end\n", json.dumps({"errorMessage":"{\"code\":42}"}), readme=UNDEF_README)
case("gateway-rules", "input-json-and-path-missing", "\"a\": \"$input.path('$.nothing')\", \"b\": $input.json('$.nothing'), \"c\": \"$input.params('nope')\"\n", ORDER, readme=UNDEF_README)
case("gateway-rules", "kinesis-shardcount-default", "{\n    \"ShardCount\": #if($input.path('$.ShardCount') == '') 5 #else $input.path('$.ShardCount') #end,\n    \"StreamName\": \"$input.path('$.StreamName')\"\n}\n", '{"StreamName":"orders"}',
     readme="The developer guide's Kinesis CreateStream request template (tutorial: API Gateway as a Kinesis proxy):\n"
            "a body without ShardCount gives `5` on API Gateway (issue 11), because the missing path is \"\" and \"\" == ''.\n")
case("gateway-rules", "kinesis-shardcount-given", "{\n    \"ShardCount\": #if($input.path('$.ShardCount') == '') 5 #else $input.path('$.ShardCount') #end,\n    \"StreamName\": \"$input.path('$.StreamName')\"\n}\n", '{"StreamName":"orders","ShardCount":3}',
     readme="The Kinesis CreateStream template with ShardCount given: the #else branch prints it.\n")
# Rule 2: inline macros are ignored.
MACRO_README = ("API Gateway's engine refuses inline macros (velocimacro.permissions.allow.inline = false): #macro renders\n"
                "nothing and each call prints exactly as written, arguments included (issue 11).\n")
case("gateway-rules", "macro-call-printed-as-written", "#macro(greet $name)Hello, $name!#end\n[#greet(\"Bob\")] [#greet($input.path('$.order.id'))] [#greet]\n", ORDER, readme=MACRO_README)
case("gateway-rules", "macro-block-call-printed", "#macro(wrap)<$bodyContent>#end#@wrap()body $input.path('$.order.id')#end|\\#wrap()\n", ORDER, readme=MACRO_README)
# Rule 3: no #evaluate; #include and #parse fail.
case("gateway-rules", "evaluate-printed-as-written", "#set($t = '$input.path(\"$.order.id\")')[#evaluate($t)] [#evaluate(\"x\")] [\\#evaluate($t)]\n", ORDER,
     readme="API Gateway's engine has no #evaluate directive (the oracle drops it from Velocity's directive.properties):\n#evaluate(...) is an unknown macro call and prints as written (issue 11).\n")
case("gateway-rules", "include-fails", "{\n  \"a\": #include(\"other.vm\")\n}\n", ORDER,
     readme="#include has no template to load on API Gateway: the render fails (API Gateway answers 500); gwx gives a located error.\n")
case("gateway-rules", "parse-fails", "#parse('other.vm')\n", ORDER,
     readme="#parse has no template to load on API Gateway: the render fails (API Gateway answers 500); gwx gives a located error.\n")
# Rule 4: an empty payload is {}.
EMPTY_README = "An empty payload reads as `{}`: $input.body, $input.json('$') and $input.path('$') (issue 11).\n"
case("gateway-rules", "empty-body-is-object", "[$input.body] [$input.json('$')] [$input.path('$')] [$input.path('$').size()] [$input.json('$.a')] [$input.path('$.a')]\n", "", readme=EMPTY_README)
case("gateway-rules", "empty-body-in-json-template", "{\"payload\": $input.body, \"copy\": $input.json('$')}\n", "", readme=EMPTY_README)

for (feature, name), (template, body, request, readme) in cases.items():
    d = os.path.join(root, feature, name)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "template.vm"), "w").write(template)
    if body is not None: open(os.path.join(d, "body.json"), "w").write(body)
    if request is not None: open(os.path.join(d, "request.json"), "w").write(json.dumps(request, indent=2) + "\n")
    if readme is not None: open(os.path.join(d, "README"), "w").write(readme)
print(len(cases))
