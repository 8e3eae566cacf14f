// The differential oracle for gwx's JavaRegex: runs each case through java.util.regex and
// prints what Java answers, one JSON object a line. Input: one case a line, tab-separated
// Base64 (UTF-8) fields: id, pattern, input, replacement, limit. Run by gen_fixtures.py.
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public final class RegexOracle {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            out.append(run(decode(f[0]), decode(f[1]), decode(f[2]), decode(f[3]), Integer.parseInt(decode(f[4]))));
            out.append('\n');
        }
        System.out.write(out.toString().getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }

    static String decode(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    static String run(String id, String pattern, String input, String replacement, int limit) {
        StringBuilder j = new StringBuilder("{");
        field(j, "id", str(id));
        field(j, "pattern", str(pattern));
        field(j, "input", str(input));
        field(j, "replacement", str(replacement));
        field(j, "limit", Integer.toString(limit));
        Pattern p;
        try {
            p = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            field(j, "compiles", "false");
            field(j, "error", "{\"description\":" + str(e.getDescription()) + ",\"index\":" + e.getIndex() + "}");
            j.setLength(j.length() - 1);
            return j.append('}').toString();
        }
        field(j, "compiles", "true");
        try {
            field(j, "matches", Boolean.toString(p.matcher(input).matches()));
            Matcher m = p.matcher(input);
            if (m.find()) {
                field(j, "find", "[" + m.start() + "," + m.end() + "]");
                List<String> groups = new ArrayList<>();
                for (int g = 0; g <= m.groupCount(); g++) groups.add(m.group(g) == null ? "null" : str(m.group(g)));
                field(j, "groups", "[" + String.join(",", groups) + "]");
            } else {
                field(j, "find", "null");
            }
            List<String> all = new ArrayList<>();
            m = p.matcher(input);
            while (m.find()) all.add("[" + m.start() + "," + m.end() + "]");
            field(j, "findAll", "[" + String.join(",", all) + "]");
            field(j, "replaceAll", replace(p, input, replacement, true));
            field(j, "replaceFirst", replace(p, input, replacement, false));
            field(j, "split", array(p.split(input)));
            field(j, "splitLimit", array(p.split(input, limit)));
        } catch (RuntimeException | StackOverflowError e) {
            field(j, "matchError", str(e.getClass().getSimpleName()));
        }
        j.setLength(j.length() - 1);
        return j.append('}').toString();
    }

    static String replace(Pattern p, String input, String replacement, boolean all) {
        try {
            Matcher m = p.matcher(input);
            String r = all ? m.replaceAll(replacement) : m.replaceFirst(replacement);
            return "{\"result\":" + str(r) + "}";
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "{\"error\":" + str(e.getMessage()) + "}";
        }
    }

    static String array(String[] items) {
        List<String> parts = new ArrayList<>();
        for (String s : items) parts.add(str(s));
        return "[" + String.join(",", parts) + "]";
    }

    static void field(StringBuilder j, String name, String json) {
        j.append(str(name)).append(':').append(json).append(',');
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 0x20 || c > 0x7e) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
