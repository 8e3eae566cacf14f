// Times the rendering cases of gwx-bench with Apache Velocity 1.7 on a warm JVM, using the
// mapping oracle's $util and $context (Tools/mapping-oracle/Oracle.java, compiled alongside)
// and its $input, reading bodies with json-smart through DepthSafeParser (see there).
// The template is parsed once (as gwx's CompiledTemplate is); each render gets a fresh
// $input, so the body is parsed per render on both sides.
// Usage: java Bench WARMUP_SECONDS MEASURE_SECONDS CASE_DIR...
// Prints per case: NAME median_ms p95_ms iterations output_bytes; writes CASE_DIR/velocity.out.
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.node.SimpleNode;

public class Bench {
    /** $input as Oracle.Input has it, reading the body with json-smart through DepthSafeParser. */
    public static class Input {
        private final String body;
        private Object document;
        private boolean parsed;

        Input(String body) { this.body = body; }

        public String getBody() { return body; }

        private Object document() throws Exception {
            if (!parsed) {
                String text = body.trim().isEmpty() ? "{}" : body;
                document = new net.minidev.json.parser.DepthSafeParser(net.minidev.json.parser.JSONParser.MODE_PERMISSIVE)
                    .parse(text, net.minidev.json.JSONValue.defaultReader.DEFAULT_ORDERED);
                parsed = true;
            }
            return document;
        }

        public Object path(String path) throws Exception {
            try { return com.jayway.jsonpath.JsonPath.read(document(), path); }
            catch (com.jayway.jsonpath.PathNotFoundException e) { return null; }
        }

        public String json(String path) throws Exception { return net.minidev.json.JSONValue.toJSONString(path(path)); }

        public String params(String name) { return ""; }
    }

    static String render(Template template, String body) throws Exception {
        VelocityContext velocity = new VelocityContext();
        velocity.put("input", new Input(body));
        velocity.put("util", new Oracle.Util());
        velocity.put("context", Oracle.contextDefaults(1704067200000L));
        velocity.put("stageVariables", new LinkedHashMap<String, String>());
        StringWriter out = new StringWriter();
        template.merge(velocity, out);
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        double warmup = Double.parseDouble(args[0]);
        double measure = Double.parseDouble(args[1]);
        RuntimeInstance runtime = new RuntimeInstance();
        runtime.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        runtime.setProperty("eventhandler.referenceinsertion.class", Oracle.NullAsEmpty.class.getName());
        runtime.setProperty("directive.foreach.maxloops", "1000");
        runtime.init();
        for (int i = 2; i < args.length; i++) {
            Path dir = Paths.get(args[i]);
            String source = new String(Files.readAllBytes(dir.resolve("template.vm")), StandardCharsets.UTF_8);
            String body = new String(Files.readAllBytes(dir.resolve("body.json")), StandardCharsets.UTF_8);
            SimpleNode node = runtime.parse(new StringReader(source), "template.vm");
            Template template = new Template();
            template.setRuntimeServices(runtime);
            template.setData(node);
            template.initDocument();
            String output = render(template, body);
            long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
            while (System.nanoTime() < warmEnd) render(template, body);
            long[] samples = new long[1 << 20];
            int count = 0;
            long end = System.nanoTime() + (long) (measure * 1e9);
            while (count < samples.length && (count < 10 || System.nanoTime() < end)) {
                long start = System.nanoTime();
                render(template, body);
                samples[count++] = System.nanoTime() - start;
            }
            long[] sorted = Arrays.copyOf(samples, count);
            Arrays.sort(sorted);
            double median = sorted[(int) Math.ceil(0.50 * count) - 1] / 1e6;
            double p95 = sorted[(int) Math.ceil(0.95 * count) - 1] / 1e6;
            System.out.printf(java.util.Locale.ROOT, "%s %.4f %.4f %d %d%n", dir.getFileName(), median, p95, count,
                output.getBytes(StandardCharsets.UTF_8).length);
            Files.write(dir.resolve("velocity.out"), output.getBytes(StandardCharsets.UTF_8));
        }
    }
}
