// json-smart 2.2 as Debian ships it carries a backported depth limit (CVE-2023-1370) whose
// readObject never gives back the depth it took for a non-empty object, so an array of more
// than ~400 objects fails with "Malicious payload, having non natural depths". This parser
// restores the depth after each object and array: upstream json-smart's behaviour, at the same
// speed. It lives in json-smart's package only to reach the package-private parser.
package net.minidev.json.parser;

import net.minidev.json.writer.JsonReaderI;

/** A json-smart string parser whose depth count is balanced. */
public class DepthSafeParser extends JSONParserString {
    public DepthSafeParser(int mode) { super(mode); }

    @Override
    protected <T> T readObject(JsonReaderI<T> mapper) throws ParseException, java.io.IOException {
        int saved = depth;
        T result = super.readObject(mapper);
        depth = saved;
        return result;
    }

    @Override
    protected <T> T readArray(JsonReaderI<T> mapper) throws ParseException, java.io.IOException {
        int saved = depth;
        T result = super.readArray(mapper);
        depth = saved;
        return result;
    }
}
