package io.careerhistory.infra.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The packaged jar, started as a child process on a free port with its own data directory. */
public final class RunningJar implements AutoCloseable {

    private static final Path JAR = Path.of("target", "career-history.jar");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final int port;
    private final Path log;

    private RunningJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The one user of the jar under test: a talent partner who may also read the actuator and verify the store. */
    private static final String USER = "durability";
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final int LOG_LINES_SHOWN = 80;

    public static RunningJar start(Path dataDir, Path log, String... options) throws IOException, InterruptedException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run through 'mvn verify'");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString(), "--server.port=" + port, "--career.data-dir=" + dataDir, "--career.demo-data=false",
                "--career.security.users[0].name=" + USER, "--career.security.users[0].roles=TALENT_PARTNER,ADMIN,AUDITOR"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CAREER_PASSWORD_" + USER.toUpperCase(), PASSWORD); // set the way an operator would
        Process process = builder.redirectErrorStream(true)
                                                     .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                                                     .start();
        RunningJar jar = new RunningJar(process, port, log);
        jar.awaitHealthy(Duration.ofSeconds(90));
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the jar exited with " + process.exitValue() + " while starting");
            }
            try {
                if (send("GET", "/actuator/health", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the jar did not become healthy within " + timeout);
    }

    public HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, Map.of());
    }

    public HttpResponse<String> send(String method, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                         .header("Content-Type", "application/json")
                                         .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                                 (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                                         .timeout(Duration.ofSeconds(30))
                                         .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                                                      : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null);
        return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    }

    /** Hires someone into Engineering E2, Ops, on 2022-01-01, through the API, and returns their id. */
    public String hire(String name, String loginName) throws IOException, InterruptedException {
        HttpResponse<String> hired = send("POST", "/api/employees", """
                {"name":"%s","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E2",\
                "team":"Ops","hiredOn":"2022-01-01"}""".formatted(name, loginName, loginName));
        if (hired.statusCode() != 201) {
            throw new AssertionError("the hire answered " + hired.statusCode() + ": " + hired.body() + loggedErrors());
        }
        return json.readTree(hired.body()).get("employeeId").asText();
    }

    /** An employee's timeline (up to 500 entries) as this node answers it, or null while it has none. */
    public JsonNode timeline(String employeeId) {
        return read("/api/employees/" + employeeId + "/timeline?limit=500");
    }

    /** {@link #getJson} for a poll: null unless 200, and an I/O failure unchecked. */
    public JsonNode read(String path) {
        try {
            return getJson(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The errors the jar logged, with their stack traces (at most {@value #LOG_LINES_SHOWN} lines), for
     * a failure message: the log file lives in a temporary directory that is gone once the test ends.
     */
    public String loggedErrors() {
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            StringBuilder shown = new StringBuilder();
            boolean inError = false;
            int count = 0;
            for (String line : (Iterable<String>) lines::iterator) {
                boolean continuation = line.startsWith("\t") || line.startsWith("Caused by") || line.startsWith("  ");
                inError = line.contains(" ERROR ") || (inError && continuation);
                if (inError && count++ < LOG_LINES_SHOWN) {
                    shown.append('\n').append(line);
                }
            }
            return shown.isEmpty() ? "\n(the jar logged no error)" : shown.toString();
        } catch (IOException e) {
            return "\n(the jar's log could not be read: " + e + ")";
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** The process id, which names the node as the owner of its token claims ({@code pid@host}). */
    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
