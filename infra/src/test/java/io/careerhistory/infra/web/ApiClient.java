package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.cli.MultipartBody;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the running application's HTTP API as a script would, signed in with HTTP Basic as one of the test users
 * ({@link TestUsers}): {@code tester}, who has every role, unless {@link #as} says otherwise.
 */
final class ApiClient {

    record Reply(int status, JsonNode body, String contentType) {
        /** The business error code of a problem reply. */
        String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asText();
        }
    }

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final int port;
    private final String user;

    ApiClient(int port) {
        this(port, TestUsers.TESTER);
    }

    private ApiClient(int port, String user) {
        this.port = port;
        this.user = user;
    }

    /** The same API, signed in as another test user; {@code null} for nobody. */
    ApiClient as(String otherUser) {
        return new ApiClient(port, otherUser);
    }

    HttpResponse<String> send(String method, String path, String body) {
        return send(method, path, body, Map.of());
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                                               : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** Sends these bytes as they are: a body no string could hold, like invalid UTF-8. */
    Reply callBytes(String method, String path, byte[] body, Map<String, String> headers) {
        return reply(send(method, path, HttpRequest.BodyPublishers.ofByteArray(body), headers));
    }

    /** Posts files as multipart/form-data. */
    Reply upload(String path, MultipartBody body) {
        return reply(send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.bytes()),
                          Map.of("Content-Type", body.contentType())));
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body,
                                      Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                                     .header("Content-Type", "application/json")
                                                     .method(method, body);
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            headers.forEach(request::setHeader);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Reply call(String method, String path, String body) {
        return call(method, path, body, Map.of());
    }

    Reply call(String method, String path, String body, Map<String, String> headers) {
        return reply(send(method, path, body, headers));
    }

    private Reply reply(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try {
            JsonNode parsed = contentType.contains("json") && !response.body().isBlank() ? json.readTree(response.body()) : null;
            return new Reply(response.statusCode(), parsed, contentType);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String completion(String courseId, LocalDate on, String sourceRef) {
        return """
                {"courseId":"%s","title":"Course %s","provider":"ACADEMY","skills":["kubernetes"],"hours":6,
                 "completedOn":"%s","sourceRef":%s}
                """.formatted(courseId, courseId, on, sourceRef == null ? "null" : "\"" + sourceRef + "\"");
    }

    /** The timeline once the projection shows {@code entries} entries (it follows the commands asynchronously). */
    JsonNode timelineWhen(String employeeId, String query, int entries) {
        return Eventually.await(() -> call("GET", "/api/employees/" + employeeId + "/timeline" + query, null),
                                r -> r.status() == 200 && r.body().get("entries").size() == entries,
                                PROJECTION_TIMEOUT).body();
    }

    /** The answer to a GET once it satisfies {@code ready} (views follow the commands asynchronously). */
    JsonNode getWhen(String path, Predicate<JsonNode> ready) {
        return Eventually.await(() -> call("GET", path, null), r -> r.status() == 200 && ready.test(r.body()),
                                PROJECTION_TIMEOUT).body();
    }

    /**
     * The employee that a test user is: hired once (Engineering E3 in Payments, named "User <user>") with the user's
     * name as login name, so that the user acts as them; later calls find that hire.
     */
    String employeeOf(String testUser) {
        return employeeOf(testUser, "Payments");
    }

    /** The employee that a test user is, hired once into that team. */
    String employeeOf(String testUser, String team) {
        Reply hired = call("POST", "/api/employees", """
                {"name":"User %s","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"%s","hiredOn":"2023-02-01"}""".formatted(testUser, testUser, testUser, team));
        if (hired.status() == 201) {
            return hired.body().get("employeeId").asText();
        }
        assertThat(hired.code()).isEqualTo("LOGIN_NAME_TAKEN");
        return getWhen("/api/search?q=user%20" + testUser, r -> r.get("results").size() > 0)
                .get("results").findValuesAsText("id").get(0);
    }

    /** The kinds of a timeline's entries, in order. */
    static List<String> kinds(JsonNode timeline) {
        List<String> kinds = new ArrayList<>();
        timeline.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
        return kinds;
    }

    /** Hires someone into Engineering E3, Payments, on 2023-02-01, and returns their id; the login name is unique. */
    String hire(String name) {
        return hire(name, "Engineering", "E3");
    }

    /** Hires someone into that track and level, Payments, on 2023-02-01, and returns their id. */
    String hire(String name, String track, String level) {
        String login = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
        Reply reply = call("POST", "/api/employees", """
                {"name":"%s","email":"%s@example.com","loginName":"%s","track":"%s","level":"%s",
                 "team":"Payments","hiredOn":"2023-02-01"}
                """.formatted(name, login, login, track, level));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("employeeId").asText();
    }
}
