// Development aid: prints the token stream Velocity 1.7's own lexer produces for a template
// (kind, position, image and attached special tokens), to explain whitespace and escaping.
// The lexer alone does not see the parser's state switches (#directive names, #set), so the
// stream is exact only up to the first directive word.
// Usage: java -cp <classpath of record.sh> Tokens FILE.vm

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;

import org.apache.velocity.runtime.parser.ParserConstants;
import org.apache.velocity.runtime.parser.ParserTokenManager;
import org.apache.velocity.runtime.parser.Token;
import org.apache.velocity.runtime.parser.VelocityCharStream;

public final class Tokens {
    static String show(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    public static void main(String[] args) throws Exception {
        String source = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
        ParserTokenManager lexer = new ParserTokenManager(new VelocityCharStream(new StringReader(source), 1, 1));
        while (true) {
            Token t = lexer.getNextToken();
            StringBuilder specials = new StringBuilder();
            for (Token s = t.specialToken; s != null; s = s.specialToken) {
                specials.insert(0, " special[" + ParserConstants.tokenImage[s.kind] + " '" + show(s.image) + "']");
            }
            System.out.println(t.beginLine + ":" + t.beginColumn + " " + ParserConstants.tokenImage[t.kind]
                + " '" + show(t.image) + "'" + specials);
            if (t.kind == ParserConstants.EOF) break;
        }
    }
}
