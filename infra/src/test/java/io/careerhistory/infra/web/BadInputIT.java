package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.cli.MultipartBody;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input sent to every endpoint of the API (every request mapping under {@code /api} and {@code /xapi}): malformed
 * JSON, wrong types, unknown fields, bodies over 1 MB, invalid Unicode, strings that look like injections and ids
 * with path characters. Each answer is a 4xx problem JSON, never a 5xx, and the event store is unchanged.
 * Injection-like strings go where the API expects an id (every path variable) and, as MongoDB operator objects, in
 * place of each field of a valid body; in free text they are data, stored and read back as typed (the last test).
 */
class BadInputIT extends ApiIntegrationTest {

    private static final String NO_SUCH_RECORD = "no-such-record";
    /** Ids with path characters, traversal, NUL, encodings of '/' and '\', operators and quotes, percent-encoded. */
    private static final List<String> HOSTILE_IDS = List.of(
            "..", "%2E%2E", "..%2F..%2Fetc%2Fpasswd", "a%2Fb", "a%5Cb", "a%00b", "%C0%AF", "%FF", "a;b",
            "%7B%22%24gt%22%3A%22%22%7D", "x%27%20OR%20%271%27%3D%271", "%24where", "%3Cscript%3E", "%E2%80%AE");
    private static final Map<String, String> XAPI = Map.of("X-Experience-API-Version", "1.0.3");
    private static final String XAPI_STATEMENT = """
            {"actor":{"objectType":"Agent","mbox":"mailto:nobody@example.com"},
             "verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},
             "object":{"objectType":"Activity","id":"https://academy.example/courses/bad-input"}}""";

    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoDatabase database;

    private record Endpoint(String method, String pattern) {
        String with(String id) {
            return pattern.replaceAll("\\{[^}]+}", id);
        }

        boolean takesBody() {
            return method.equals("POST") || method.equals("PUT");
        }

        boolean xapi() {
            return pattern.startsWith("/xapi/");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private List<Endpoint> endpoints() {
        TreeSet<String> seen = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPathPatternsCondition().getPatternValues()
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(m -> seen.add(m.name() + " " + path))));
        List<Endpoint> endpoints = new ArrayList<>();
        seen.stream().map(e -> e.split(" ", 2))
            .filter(e -> e[1].startsWith("/api/") || e[1].startsWith("/xapi/"))
            .forEach(e -> endpoints.add(new Endpoint(e[0], e[1])));
        return endpoints;
    }

    /** xAPI as a learning-record source with the version header; everything else as the tester, who has every role. */
    private Reply send(Endpoint endpoint, String path, byte[] body) {
        ApiClient client = endpoint.xapi() ? api.as(TestUsers.LMS) : api;
        Map<String, String> headers = endpoint.xapi() ? XAPI : Map.of();
        return body == null ? client.call(endpoint.method(), path, null, headers)
                : client.callBytes(endpoint.method(), path, body, headers);
    }

    private JsonNode examples() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/openapi/examples.json")) {
            return json.readTree(in);
        }
    }

    /** A body the endpoint would take (its documented example), to spoil one way at a time. */
    private ObjectNode validBody(Endpoint endpoint, JsonNode examples) throws IOException {
        JsonNode example = endpoint.xapi() ? json.readTree(XAPI_STATEMENT) : examples.get(endpoint.toString());
        return example instanceof ObjectNode object ? object.deepCopy() : json.createObjectNode();
    }

    /** Every field in turn replaced by a value of another type; strings by MongoDB operator objects. */
    private List<String> wrongTypes(ObjectNode valid) {
        List<String> bodies = new ArrayList<>();
        for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            JsonNode value = valid.get(field);
            ObjectNode spoiled = valid.deepCopy();
            if (value.isTextual()) { // a number is no text either: it was stored as its digits
                bodies.add(valid.deepCopy().put(field, 12345).toString());
            }
            if (value.isTextual() || value.isNull()) {
                spoiled.set(field, json.createObjectNode().put("$gt", ""));
            } else if (value.isNumber()) {
                spoiled.put(field, "eleven");
            } else if (value.isBoolean() || value.isArray()) {
                spoiled.set(field, json.createObjectNode().putNull("$ne"));
            } else {
                spoiled.set(field, json.createArrayNode().add(1));
            }
            bodies.add(spoiled.toString());
        }
        return bodies;
    }

    /** The first string field of the body holding a lone surrogate: no valid Unicode text has one. */
    private String loneSurrogate(ObjectNode valid) {
        for (Iterator<String> fields = valid.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (valid.get(field).isTextual()) {
                ObjectNode spoiled = valid.deepCopy();
                spoiled.put(field, "broken \uD800 text");
                return spoiled.toString().replace("\uD800", "\\ud800");
            }
        }
        return "{\"text\":\"broken \\ud800 text\"}";
    }

    private Map<String, byte[]> badBodies(Endpoint endpoint, JsonNode examples) throws IOException {
        ObjectNode valid = validBody(endpoint, examples);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("malformed JSON", "{\"name\": ".getBytes(StandardCharsets.UTF_8));
        bodies.put("not JSON at all", "name=x&level=E3".getBytes(StandardCharsets.UTF_8));
        bodies.put("a string instead of an object", "\"text\"".getBytes(StandardCharsets.UTF_8));
        bodies.put("an empty body", new byte[0]);
        if (!endpoint.xapi()) {
            // xAPI takes a statement or an array of them; an array of numbers is checked below as wrong types
            bodies.put("an array instead of an object", "[1, 2]".getBytes(StandardCharsets.UTF_8));
        }
        ObjectNode unknown = valid.deepCopy();
        unknown.put("unexpectedField", true);
        bodies.put("an unknown field", unknown.toString().getBytes(StandardCharsets.UTF_8));
        List<String> wrong = wrongTypes(valid);
        for (int i = 0; i < wrong.size(); i++) {
            bodies.put("wrong type #" + i + " " + wrong.get(i), wrong.get(i).getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("invalid UTF-8", concat("{\"name\":\"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"));
        bodies.put("a lone surrogate", loneSurrogate(valid).getBytes(StandardCharsets.UTF_8));
        return bodies;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static byte[] overOneMegabyte() {
        return ("{\"name\":\"" + "x".repeat(1024 * 1024 + 1) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** What is wrong with the answer, or null when it is a 4xx problem JSON. */
    private static String wrongAnswer(Reply reply) {
        if (reply.status() < 400 || reply.status() >= 500) {
            return "status " + reply.status() + " " + reply.body();
        }
        if (!reply.contentType().contains("application/problem+json") || reply.body() == null
                || reply.body().path("status").asInt() != reply.status()) {
            return "status " + reply.status() + " without problem JSON (" + reply.contentType() + ")";
        }
        if (!reply.body().path("type").asText().startsWith("https://career-history.dev/problems/")) {
            return "a problem of type " + reply.body().path("type") + ", not one of the API's";
        }
        return null;
    }

    private long storedCommits() {
        return database.getCollection("commits").countDocuments();
    }

    /** Every processor caught up, so nothing already under way (a saga's command) lands during the sweep. */
    private void quiet() {
        Eventually.await(() -> api.as(TestUsers.ADMIN).call("GET", "/api/admin/projections", null).body(),
                         p -> p.findValues("lag").stream().allMatch(l -> l.asLong() == 0), Duration.ofSeconds(30));
    }

    @Test
    void everyEndpointAnswersBadInputWithAProblemAndRecordsNothing() throws IOException {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(60);
        JsonNode examples = examples();
        byte[] huge = overOneMegabyte();
        quiet();
        long commitsBefore = storedCommits();

        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints) {
            String target = endpoint.with(NO_SUCH_RECORD);
            byte[] valid = endpoint.takesBody() ? validBody(endpoint, examples).toString().getBytes(StandardCharsets.UTF_8)
                    : null;
            if (endpoint.pattern().contains("{")) {
                for (String id : HOSTILE_IDS) {
                    requests++;
                    String problem = wrongAnswer(send(endpoint, endpoint.with(id), valid));
                    if (problem != null) {
                        wrong.add(endpoint + " with id " + id + ": " + problem);
                    }
                }
            }
            requests++;
            String tooLarge = wrongAnswer(send(endpoint, target, huge));
            if (tooLarge != null) {
                wrong.add(endpoint + " with a body over 1 MB: " + tooLarge);
            }
            if (endpoint.takesBody()) {
                for (Map.Entry<String, byte[]> bad : badBodies(endpoint, examples).entrySet()) {
                    requests++;
                    String problem = wrongAnswer(send(endpoint, target, bad.getValue()));
                    if (problem != null) {
                        wrong.add(endpoint + " with " + bad.getKey() + ": " + problem);
                    }
                }
            }
        }

        LoggerFactory.getLogger(BadInputIT.class).info("Sent {} bad requests to {} endpoints", requests, endpoints.size());
        assertThat(wrong).as(wrong.size() + " of " + requests + " requests").isEmpty();
        assertThat(storedCommits()).isEqualTo(commitsBefore);
    }

    @Test
    void aQueryParameterNoEndpointTakesIsRefusedByNameNeverIgnored() throws IOException {
        List<Endpoint> endpoints = endpoints();
        JsonNode examples = examples();
        quiet();
        long commitsBefore = storedCommits();

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String target = endpoint.with(NO_SUCH_RECORD) + "?unexpectedParameter=1";
            Reply reply = endpoint.pattern().equals("/api/import") && endpoint.method().equals("POST")
                    ? api.upload(target, MultipartBody.of(Map.of()))
                    : send(endpoint, target, endpoint.takesBody()
                            ? validBody(endpoint, examples).toString().getBytes(StandardCharsets.UTF_8) : null);
            if (reply.status() != 400 || !"unexpectedParameter".equals(reply.body().at("/errors/0/field").asText())) {
                wrong.add(endpoint + ": " + reply.status() + " " + reply.body());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(storedCommits()).isEqualTo(commitsBefore);
    }

    @Test
    void aMisspeltQueryParameterIsNamedWithWhatTheEndpointTakes() {
        String id = api.hire("Misspelt Parameters");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/api/employees/" + id + "/timeline?asof=2024-01-01",
                     "asof is not a parameter of this endpoint, which takes asOf, cursor, from, kind, knownAt, limit, to"
                             + " (did you mean asOf?)");
        expected.put("/api/celebrations?asOf=2024-01-01", "asOf is not a parameter of this endpoint, which takes none");
        expected.put("/api/employees/" + id + "/timeline?limit=2&li%6Dit=3&sort%20by=name",
                     "sort by is not a parameter");
        for (Map.Entry<String, String> request : expected.entrySet()) {
            Reply reply = api.call("GET", request.getKey(), null);
            assertThat(reply.status()).as(request.getKey()).isEqualTo(400);
            assertThat(reply.body().get("detail").asText()).as(request.getKey()).startsWith(request.getValue());
        }
        Reply dryRunMisspelt = api.upload("/api/import?dryrun=true", MultipartBody.of(Map.of()));
        assertThat(dryRunMisspelt.status()).isEqualTo(400);
        assertThat(dryRunMisspelt.body().get("detail").asText()).endsWith("(did you mean dryRun?)");
    }

    @Test
    void queryParametersThatDoNotConvertSayWhatTheyMustBeInTheirOwnWords() {
        String id = api.hire("Query Parameters");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/api/employees/" + id + "/timeline?limit=abc", "limit must be a whole number, not 'abc'");
        expected.put("/api/employees/" + id + "/timeline?kind=NOPE", "kind must be one of [HIRED, TRANSFERRED,");
        expected.put("/api/employees/" + id + "/timeline?kind=HIRED&kind=NOPE", "not 'HIRED, NOPE'");
        expected.put("/api/employees/" + id + "/timeline?from=2025-13-01", "from must be an ISO date (2025-06-30)");
        expected.put("/api/readiness?status=FOO", "status must be one of [READY, NOT_READY,");
        expected.put("/api/promotions?status=approved", "status must be one of [OPEN, APPROVED, REJECTED], not 'approved'");
        expected.put("/api/mentorships/suggestions?mentee=" + id + "&kind=SIDEWAYS", "kind must be one of [CLASSIC,");
        expected.put("/api/mentorships/suggestions", "mentee is required");
        expected.put("/api/export/events?type=CourseCompleted", "not 'CourseCompleted'");
        expected.put("/api/export/events?from=2026-12-01&to=2026-01-01", "from must be before to");
        expected.put("/api/employees/" + id + "/timeline?from=2025-01-01&to=2024-01-01", "from must not be after to");
        for (Map.Entry<String, String> request : expected.entrySet()) {
            Reply reply = api.call("GET", request.getKey(), null);
            assertThat(reply.status()).as(request.getKey()).isEqualTo(400);
            assertThat(reply.body().get("type").asText()).as(request.getKey()).endsWith("/invalid-input");
            assertThat(reply.body().get("detail").asText()).as(request.getKey())
                                                           .contains(request.getValue())
                                                           .doesNotContain("io.careerhistory", "No enum constant",
                                                                           "For input string");
        }
    }

    @Test
    void bodiesThatDoNotConvertSayWhatIsWrongInTheirOwnWords() {
        String id = api.hire("Body Problems");
        String completions = "/api/employees/" + id + "/course-completions";
        String completion = """
                {"courseId":"k8s-101","title":"Kubernetes","provider":%s,"skills":%s,"hours":%s,"completedOn":"2024-03-05"}""";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("", "The request body is missing: this endpoint takes a JSON object");
        expected.put("[]", "The request body must be a JSON object");
        expected.put(completion.formatted("\"ACADEMY\"", "[\"k8s\"]", "\"six\""), "hours must be a number, not 'six'");
        expected.put(completion.formatted("\"ACADEMY\"", "\"k8s\"", "6"), "skills must be a list");
        expected.put(completion.formatted("\"ACADEMY\"", "[{\"$ne\":null}]", "6"), "skills[0] must be text");
        expected.put(completion.formatted("\"ACADEMYY\"", "[\"k8s\"]", "6"),
                     "provider must be one of [ACADEMY, WORKSHOP, BOOTCAMP, EXTERNAL, CERTIFICATION], not 'ACADEMYY'");
        expected.put(completion.formatted("\"ACADEMY\"", "[\"k8s\"]", "6").replace("}", ",\"hours\":600}"),
                     "hours appears twice in the body");
        expected.put(completion.formatted("3", "[\"k8s\"]", "6"),
                     "provider must be one of [ACADEMY, WORKSHOP, BOOTCAMP, EXTERNAL, CERTIFICATION], not '3'");
        expected.put(completion.formatted("\"ACADEMY\"", "[\"k8s\"]", "\"6\""), "hours must be a number, not '6'");
        expected.put(completion.formatted("\"ACADEMY\"", "[true]", "6"), "skills[0] must be text, not 'true'");
        expected.put(completion.formatted("\"ACADEMY\"", "[\"k8s\"]", "6").replace("\"Kubernetes\"", "12345"),
                     "title must be text, not '12345'");
        expected.put(completion.formatted("\"ACADEMY\"", "[\"k8s\"]", "6").replace("2024-03-05", "2024-02-30"),
                     "completedOn must be an ISO date (2025-06-30), not '2024-02-30'");
        for (Map.Entry<String, String> request : expected.entrySet()) {
            Reply reply = api.call("POST", completions, request.getKey());
            assertThat(reply.status()).as(request.getKey()).isEqualTo(400);
            assertThat(reply.body().get("detail").asText()).as(request.getKey()).isEqualTo(request.getValue());
        }
        assertThat(api.timelineWhen(id, "", 1).get("entries").get(0).get("kind").asText()).isEqualTo("HIRED");
    }

    @Test
    void theApiTakesAndAnswersJsonOnlyAndSaysSo() {
        String id = api.hire("Json Only");
        String yaml = "courseId: k8s-101\ntitle: K\nprovider: ACADEMY\nskills: [k8s]\nhours: 6\ncompletedOn: 2024-03-05\n"
                + "unknownField: ignored by YAML\n";
        for (String contentType : List.of("text/plain", "application/yaml")) {
            Reply refused = api.call("POST", "/api/employees/" + id + "/course-completions", yaml,
                                     Map.of("Content-Type", contentType));
            assertThat(refused.status()).as(contentType).isEqualTo(415);
            assertThat(refused.body().get("type").asText()).endsWith("/unsupported-media-type");
            assertThat(refused.body().get("title").asText()).isEqualTo("Unsupported media type");
            assertThat(refused.body().get("detail").asText()).startsWith("This endpoint takes application/json, not '"
                                                                             + contentType);
        }
        api.timelineWhen(id, "", 1);
        Reply yamlAnswer = api.call("GET", "/api/employees/" + id + "/timeline", null,
                                    Map.of("Accept", "application/yaml"));
        assertThat(yamlAnswer.status()).isEqualTo(406);
        assertThat(yamlAnswer.body().get("type").asText()).endsWith("/not-acceptable");
        Reply wrongMethod = api.call("DELETE", "/api/employees/" + id + "/timeline", null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().get("title").asText()).isEqualTo("Method not allowed");
        assertThat(api.timelineWhen(id, "", 1).get("entries").get(0).get("kind").asText()).isEqualTo("HIRED");
    }

    @Test
    void injectionLookingFreeTextIsStoredAndReadBackAsTyped() {
        String surname = "Zinj" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String name = surname + " Robert'); DROP TABLE employees;-- <script>alert(1)</script> {\"$gt\": \"\"} ${jndi:ldap://x/a}";
        ObjectNode hire = json.createObjectNode().put("name", name).put("email", surname + "@example.com")
                              .put("loginName", surname.toLowerCase()).put("track", "Engineering").put("level", "E3")
                              .put("team", "Payments").put("hiredOn", "2023-02-01");
        Reply hired = api.call("POST", "/api/employees", hire.toString());
        assertThat(hired.status()).isEqualTo(201);
        String id = hired.body().get("employeeId").asText();

        JsonNode found = api.getWhen("/api/search?q=" + surname.toLowerCase(), r -> r.get("results").size() == 1);
        assertThat(found.at("/results/0/id").asText()).isEqualTo(id);
        assertThat(found.at("/results/0/label").asText()).isEqualTo(name);
        Reply operator = api.call("GET", "/api/search?q=%7B%22%24ne%22%3Anull%7D", null);
        assertThat(operator.status()).isEqualTo(200);
        assertThat(operator.body().get("results").findValuesAsText("id")).doesNotContain(id);
    }
}
