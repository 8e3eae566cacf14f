// Renders gwx mapping fixtures with the real Java libraries API Gateway is built on:
// Apache Velocity 1.7, Jayway JsonPath over json-smart, Apache Commons Lang.
// Usage: run.sh FIXTURE_DIR...   (prints each output; --write stores expected.out)
// The engine is configured as API Gateway's is: an InvalidReferenceEventHandler answering ""
// for every null or undefined reference, velocimacro.permissions.allow.inline = false, and no
// #evaluate (run.sh puts Tools/apigateway-directives ahead of velocity.jar on the class path).
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import net.minidev.json.JSONValue;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;

public class Oracle {
    /** Prints null references as nothing, as API Gateway does. */
    public static class NullAsEmpty implements org.apache.velocity.app.event.ReferenceInsertionEventHandler {
        public Object referenceInsert(String reference, Object value) { return value == null ? "" : value; }
    }

    /** API Gateway: every null or undefined reference evaluates to "" (so #if($missing) is true). */
    public static class EmptyForInvalid implements org.apache.velocity.app.event.InvalidReferenceEventHandler {
        public Object invalidGetMethod(org.apache.velocity.context.Context c, String reference, Object object, String property, org.apache.velocity.util.introspection.Info info) { return ""; }
        public boolean invalidSetMethod(org.apache.velocity.context.Context c, String left, String right, org.apache.velocity.util.introspection.Info info) { return false; }
        public Object invalidMethod(org.apache.velocity.context.Context c, String reference, Object object, String method, org.apache.velocity.util.introspection.Info info) { return ""; }
    }

    /** $input as the API Gateway developer guide describes it. */
    public static class Input {
        private final String body;
        private final Map<String, Map<String, String>> params;
        private Object document;
        private boolean parsed;

        // An empty payload is `{}` to a template (body, json('$') and path('$')).
        Input(String body, Map<String, Map<String, String>> params) { this.body = body.isEmpty() ? "{}" : body; this.params = params; }

        public String getBody() { return body; }

        private Object document() {
            if (!parsed) {
                String text = body.trim().isEmpty() ? "{}" : body;
                document = Configuration.defaultConfiguration().jsonProvider().parse(text);
                parsed = true;
            }
            return document;
        }

        public Object path(String path) {
            try { return JsonPath.read(document(), path); }
            catch (PathNotFoundException e) { return null; }
        }

        public String json(String path) { return JSONValue.toJSONString(path(path)); }

        public Map<String, Map<String, String>> params() { return params; }

        public String params(String name) {
            for (String kind : new String[] {"path", "querystring", "header"}) {
                String value = params.get(kind).get(name);
                if (value != null) return value;
            }
            return "";
        }
    }

    /** $util as the API Gateway developer guide describes it. */
    public static class Util {
        public String escapeJavaScript(String s) { return org.apache.commons.lang.StringEscapeUtils.escapeJavaScript(s); }
        public Object parseJson(String s) { return Configuration.defaultConfiguration().jsonProvider().parse(s); }
        public String urlEncode(String s) throws Exception { return URLEncoder.encode(s, "UTF-8"); }
        public String urlDecode(String s) throws Exception { return URLDecoder.decode(s, "UTF-8"); }
        public String base64Encode(String s) { return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)); }
        public String base64Decode(String s) { return new String(Base64.getMimeDecoder().decode(s), StandardCharsets.UTF_8); }
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> strings(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof Map) for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) result.put(e.getKey(), String.valueOf(e.getValue()));
        return result;
    }

    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], pairs[i + 1]);
        return m;
    }

    /** The same preview defaults as Sources/Mapping/Render/GatewayContext.swift. */
    static Map<String, Object> contextDefaults(long epoch) {
        Map<String, Object> identity = map("accountId", "", "apiKey", "", "apiKeyId", "", "caller", "",
            "cognitoAuthenticationProvider", "", "cognitoAuthenticationType", "", "cognitoIdentityId", "",
            "cognitoIdentityPoolId", "", "principalOrgId", "", "sourceIp", "127.0.0.1", "user", "",
            "userAgent", "gwx-preview", "userArn", "");
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("dd/MMM/yyyy:HH:mm:ss Z", java.util.Locale.US);
        format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return map("accountId", "123456789012", "apiId", "a1b2c3d4e5", "authorizer", map("principalId", ""),
            "awsEndpointRequestId", "d7a0c3b1-5e2f-4a86-9c1d-3b4e5f6a7b8c", "deploymentId", "dep123",
            "domainName", "a1b2c3d4e5.execute-api.us-east-1.amazonaws.com", "domainPrefix", "a1b2c3d4e5",
            "extendedRequestId", "Q2hlY2tPdXRHd3g=", "httpMethod", "GET", "identity", identity,
            "path", "/test-invoke-stage/", "protocol", "HTTP/1.1", "requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
            "requestTime", format.format(new java.util.Date(epoch)), "requestTimeEpoch", epoch,
            "resourceId", "abc123", "resourcePath", "/", "stage", "test-invoke-stage");
    }

    @SuppressWarnings("unchecked")
    static void override(Map<String, Object> context, String dotted, String value) {
        String[] parts = dotted.split("\\.", -1);
        Map<String, Object> node = context;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = node.get(parts[i]);
            if (!(next instanceof Map)) { next = new LinkedHashMap<String, Object>(); node.put(parts[i], next); }
            node = (Map<String, Object>) next;
        }
        node.put(parts[parts.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    static String render(Path dir, VelocityEngine engine) throws Exception {
        String template = new String(Files.readAllBytes(dir.resolve("template.vm")), StandardCharsets.UTF_8);
        Path bodyFile = dir.resolve("body.json");
        String body = Files.exists(bodyFile) ? new String(Files.readAllBytes(bodyFile), StandardCharsets.UTF_8) : "";
        Map<String, Object> request = new LinkedHashMap<>();
        Path requestFile = dir.resolve("request.json");
        if (Files.exists(requestFile)) request = (Map<String, Object>) Configuration.defaultConfiguration().jsonProvider().parse(new String(Files.readAllBytes(requestFile), StandardCharsets.UTF_8));
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        for (String kind : new String[] {"path", "querystring", "header"}) params.put(kind, strings(request.get(kind)));
        long epoch = request.containsKey("requestTimeEpoch") ? ((Number) request.get("requestTimeEpoch")).longValue() : 1704067200000L;
        Map<String, Object> context = contextDefaults(epoch);
        for (Map.Entry<String, String> e : strings(request.get("context")).entrySet()) override(context, e.getKey(), e.getValue());
        VelocityContext velocity = new VelocityContext();
        velocity.put("input", new Input(body, params));
        velocity.put("util", new Util());
        velocity.put("context", context);
        velocity.put("stageVariables", strings(request.get("stageVariables")));
        StringWriter out = new StringWriter();
        engine.evaluate(velocity, out, "template.vm", template);
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        VelocityEngine engine = new VelocityEngine();
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        // API Gateway: a null or undefined reference prints nothing; #foreach stops at 1,000.
        engine.setProperty("eventhandler.referenceinsertion.class", NullAsEmpty.class.getName());
        engine.setProperty("directive.foreach.maxloops", "1000");
        // API Gateway's engine: null and undefined are "", no inline macros, no #evaluate.
        engine.setProperty("eventhandler.invalidreferences.class", EmptyForInvalid.class.getName());
        engine.setProperty("velocimacro.permissions.allow.inline", "false");
        if (Oracle.class.getClassLoader().getResource("org/apache/velocity/runtime/defaults/directive.properties").toString().contains("apigateway-directives") == false) {
            throw new IllegalStateException("Tools/apigateway-directives must come before velocity.jar on the class path");
        }
        engine.init();
        boolean write = false;
        for (String arg : args) {
            if (arg.equals("--write")) { write = true; continue; }
            Path dir = Paths.get(arg);
            Path readme = dir.resolve("README");
            boolean handWritten = Files.exists(readme) && new String(Files.readAllBytes(readme), StandardCharsets.UTF_8).startsWith("Hand-written");
            if (write && handWritten) { System.err.println(dir + ": hand-written, kept"); continue; }
            String output;
            try { output = render(dir, engine); }
            catch (Exception e) {
                System.err.println(dir + ": " + e);
                if (write) Files.write(dir.resolve("expected.java-error"), (e.toString() + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (write) Files.write(dir.resolve("expected.out"), output.getBytes(StandardCharsets.UTF_8));
            else System.out.print("== " + dir + "\n" + output + "\n");
        }
    }
}
