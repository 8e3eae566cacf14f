// A small strict JSON reader for the oracle's fixture contexts that keeps object key order.
// Numbers: Integer when they fit, then Long, then Double (for a fraction or an exponent).

import java.util.*;

final class OrderedJson {
    private final String text;
    private int at = 0;

    OrderedJson(String text) { this.text = text; }

    Object value() {
        Object v = parseValue();
        skipSpace();
        if (at != text.length()) throw error("trailing characters");
        return v;
    }

    private RuntimeException error(String what) {
        return new IllegalArgumentException("JSON: " + what + " at offset " + at);
    }

    private void skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) at++;
    }

    private Object parseValue() {
        skipSpace();
        if (at >= text.length()) throw error("unexpected end");
        char c = text.charAt(at);
        if (c == '{') return parseObject();
        if (c == '[') return parseArray();
        if (c == '"') return parseString();
        if (text.startsWith("true", at)) { at += 4; return Boolean.TRUE; }
        if (text.startsWith("false", at)) { at += 5; return Boolean.FALSE; }
        if (text.startsWith("null", at)) { at += 4; return null; }
        return parseNumber();
    }

    private Map<String, Object> parseObject() {
        Map<String, Object> map = new LinkedHashMap<String, Object>();
        at++;
        skipSpace();
        if (at < text.length() && text.charAt(at) == '}') { at++; return map; }
        while (true) {
            skipSpace();
            String key = parseString();
            skipSpace();
            expect(':');
            map.put(key, parseValue());
            skipSpace();
            if (at < text.length() && text.charAt(at) == ',') { at++; continue; }
            expect('}');
            return map;
        }
    }

    private List<Object> parseArray() {
        List<Object> list = new ArrayList<Object>();
        at++;
        skipSpace();
        if (at < text.length() && text.charAt(at) == ']') { at++; return list; }
        while (true) {
            list.add(parseValue());
            skipSpace();
            if (at < text.length() && text.charAt(at) == ',') { at++; continue; }
            expect(']');
            return list;
        }
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) throw error("expected '" + c + "'");
        at++;
    }

    private String parseString() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (at >= text.length()) throw error("unterminated string");
            char c = text.charAt(at++);
            if (c == '"') return sb.toString();
            if (c != '\\') { sb.append(c); continue; }
            char e = text.charAt(at++);
            switch (e) {
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'u': sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
                default: sb.append(e);
            }
        }
    }

    private Object parseNumber() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
        String n = text.substring(start, at);
        if (n.isEmpty()) throw error("unexpected character");
        if (n.contains(".") || n.contains("e") || n.contains("E")) return Double.valueOf(n);
        long l = Long.parseLong(n);
        if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return Integer.valueOf((int) l);
        return Long.valueOf(l);
    }
}
