// The differential oracle for gwx's Velocity engine: renders fixture templates with the real
// Apache Velocity 1.7 and writes the expected output next to each fixture.
//
// Usage: java -cp <velocity + deps + build dir> Oracle [--gateway] FIXTURE.vm...
// --gateway: the engine configured as API Gateway's is (the fixtures under
// Tests/VelocityTests/Fixtures/configured): an InvalidReferenceEventHandler answering "" for
// every null or undefined reference, velocimacro.permissions.allow.inline = false, and (from
// the class path: Tools/apigateway-directives ahead of velocity.jar) no #evaluate.
// For each FIXTURE.vm: the context comes from FIXTURE.json (JSON objects become LinkedHashMap,
// arrays ArrayList: Java's own printing) and/or FIXTURE.smart.json (arrays become json-smart
// JSONArray and objects ordered JSON-printing maps: what API Gateway's $input.path returns).
// On success FIXTURE.out gets the exact output bytes (UTF-8); on failure FIXTURE.err gets the
// exception (the Swift side only checks that rendering fails).

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

import net.minidev.json.JSONArray;
import net.minidev.json.JSONAware;
import net.minidev.json.JSONStyle;
import net.minidev.json.JSONValue;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.InvalidReferenceEventHandler;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.util.introspection.Info;

public final class Oracle {

    /** API Gateway renders a null or undefined reference as nothing. */
    public static final class NullAsEmpty implements ReferenceInsertionEventHandler {
        public Object referenceInsert(String reference, Object value) {
            return value == null ? "" : value;
        }
    }

    /** API Gateway's engine: every null or undefined reference evaluates to "". */
    public static final class EmptyForInvalid implements InvalidReferenceEventHandler {
        public Object invalidGetMethod(Context context, String reference, Object object, String property, Info info) { return ""; }
        public boolean invalidSetMethod(Context context, String leftReference, String rightReference, Info info) { return false; }
        public Object invalidMethod(Context context, String reference, Object object, String method, Info info) { return ""; }
    }

    /** An insertion-ordered map that prints itself as compact JSON (json-smart style). */
    public static final class JsonMap extends LinkedHashMap<String, Object> implements JSONAware {
        public String toJSONString() { return net.minidev.json.JSONObject.toJSONString(this, JSONValue.COMPRESSION); }
        @Override public String toString() { return toJSONString(); }
    }

    /** Rebuilds a parsed json-smart tree with the containers of the wanted style. */
    @SuppressWarnings("unchecked")
    static Object convert(Object value, boolean jsonStyle) {
        if (value instanceof Map) {
            Map<String, Object> map = jsonStyle ? new JsonMap() : new LinkedHashMap<String, Object>();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                map.put(e.getKey(), convert(e.getValue(), jsonStyle));
            }
            return map;
        }
        if (value instanceof List) {
            List<Object> list = jsonStyle ? new JSONArray() : new ArrayList<Object>();
            for (Object element : (List<Object>) value) list.add(convert(element, jsonStyle));
            return list;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static void load(VelocityContext ctx, Path file, boolean jsonStyle) throws Exception {
        if (!Files.exists(file)) return;
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        // json-smart keeps key order only in our own containers, so parse with an ordered
        // reading of the object (LinkedHashMap-based parse via JSONParser's default JSONObject
        // would lose it): JSONValue.parse gives JSONObject (a HashMap), hence the ordered reader.
        Object parsed = new OrderedJson(text).value();
        if (!(parsed instanceof Map)) throw new IllegalArgumentException(file + ": context must be a JSON object");
        for (Map.Entry<String, Object> e : ((Map<String, Object>) parsed).entrySet()) {
            ctx.put(e.getKey(), convert(e.getValue(), jsonStyle));
        }
    }

    public static void main(String[] args) throws Exception {
        int failures = 0;
        boolean gateway = false;
        int fixtures = 0;
        for (String arg : args) {
            if (arg.equals("--gateway")) { gateway = true; continue; }
            fixtures++;
            Path vm = Paths.get(arg);
            String base = vm.toString().substring(0, vm.toString().length() - ".vm".length());
            Path out = Paths.get(base + ".out");
            Path err = Paths.get(base + ".err");
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            try {
                // A fresh engine per fixture: inline macros are global to an engine.
                VelocityEngine engine = new VelocityEngine();
                engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
                engine.setProperty("directive.foreach.maxloops", "1000");
                if (gateway) {
                    if (Thread.currentThread().getContextClassLoader().getResource("org/apache/velocity/runtime/defaults/directive.properties").toString().contains("velocity.jar")) {
                        throw new IllegalStateException("--gateway needs Tools/apigateway-directives ahead of velocity.jar on the class path");
                    }
                    engine.setProperty("eventhandler.invalidreferences.class", EmptyForInvalid.class.getName());
                    engine.setProperty("velocimacro.permissions.allow.inline", "false");
                }
                engine.init();
                String source = new String(Files.readAllBytes(vm), StandardCharsets.UTF_8);
                VelocityContext ctx = new VelocityContext();
                load(ctx, Paths.get(base + ".json"), false);
                load(ctx, Paths.get(base + ".smart.json"), true);
                EventCartridge cartridge = new EventCartridge();
                cartridge.addEventHandler(new NullAsEmpty());
                cartridge.attachToContext(ctx);
                StringWriter writer = new StringWriter();
                engine.evaluate(ctx, writer, vm.getFileName().toString(), source);
                Files.write(out, writer.toString().getBytes(StandardCharsets.UTF_8));
            } catch (Throwable t) {
                failures++;
                String message = t.getClass().getName() + ": " + t.getMessage() + "\n";
                Files.write(err, message.getBytes(StandardCharsets.UTF_8));
            }
        }
        System.err.println("oracle: " + fixtures + (gateway ? " API Gateway" : "") + " fixtures, " + failures + " failing as expected (.err)");
    }
}
