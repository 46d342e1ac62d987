package io.careerhistory.infra.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.CareerHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code export} command line: the running application's export into a file, with a progress bar. */
@CareerHistoryIntegrationTest
class ExportCommandIT {

    private static final Map<String, String> PASSWORDS = Map.of("CAREER_PASSWORD_TESTER", "test-only-password",
                                                                "CAREER_PASSWORD_EMMA", "test-only-password");

    @LocalServerPort
    int port;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int export(String... args) {
        return ExportCommand.run(args, PASSWORDS, new PrintStream(out, true, StandardCharsets.UTF_8),
                                 new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryEventToTheFileAndDrawsItsProgressToTheEnd(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");

        int exit = export("export", "--out=" + file, "--url=http://localhost:" + port, "--user=tester",
                          "--type=FrameworkVersionPublishedEvent");

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).isNotEmpty();
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("type").asText())
                .isEqualTo("io.careerhistory.events.framework.FrameworkVersionPublishedEvent");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("export [").contains("100.0%")
                                                        .contains("exported " + lines.size() + " events to " + file);
    }

    @Test
    void severalTypesAreGivenSeparatedByCommas(@TempDir Path dir) throws Exception {
        HttpResponse<String> hired = HttpClient.newHttpClient().send(
                authorized(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/employees")))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"name":"Ada Export","email":"ada.export@example.com","loginName":"ada-export",
                                 "track":"Engineering","level":"E3","team":"Payments","hiredOn":"2023-02-01"}"""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(hired.statusCode()).as(hired.body()).isEqualTo(201);
        Path file = dir.resolve("two-types.ndjson");

        assertThat(export("export", "--out=" + file, "--url=http://localhost:" + port, "--user=tester",
                          "--type=FrameworkVersionPublishedEvent,EmployeeHiredEvent")).as(err.toString()).isZero();

        ObjectMapper json = new ObjectMapper();
        List<String> types = Files.readAllLines(file).stream()
                                  .map(line -> readType(json, line).replaceAll(".*\\.", "")).distinct().toList();
        assertThat(types).containsExactlyInAnyOrder("FrameworkVersionPublishedEvent", "EmployeeHiredEvent");
    }

    private static String readType(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("type").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                "tester:test-only-password".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFileHoldsExactlyWhatTheApiAnswersLineEndingsAndAll(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("framework.csv");
        assertThat(export("export", "--out=" + file, "--url=http://localhost:" + port, "--user=tester", "--format=csv",
                          "--type=FrameworkVersionPublishedEvent")).isZero();

        String answer = HttpClient.newHttpClient().send(
                authorized(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/export/events?format=csv&type=FrameworkVersionPublishedEvent")))
                        .build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(Files.readString(file)).isEqualTo(answer).contains("\r\n");
    }

    @Test
    void aUserWhoMayNotExportOrABadParameterIsRefusedAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("events.csv");

        assertThat(export("export", "--out=" + file, "--url=http://localhost:" + port, "--user=emma")).isEqualTo(1);
        assertThat(export("export", "--out=" + file, "--url=http://localhost:" + port, "--user=tester",
                          "--format=xml")).isEqualTo(1);
        assertThat(export("export", "--url=http://localhost:" + port)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("export refused (403)")
                                                        .contains("export refused (400): format must be one of")
                                                        .doesNotContain("\"type\":")
                                                        .contains("export: --out=FILE is required\n"
                                                                  + "usage: java -jar career-history.jar export --out=FILE");
        assertThat(file).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenOrNoApplicationAtTheUrlIsSaidPlainly(@TempDir Path dir) throws Exception {
        Path nowhere = dir.resolve("no-such-directory").resolve("events.csv");
        assertThat(export("export", "--out=" + nowhere, "--url=http://localhost:" + port, "--user=tester")).isEqualTo(2);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(export("export", "--out=" + dir.resolve("e.csv"), "--url=http://localhost:" + closedPort,
                          "--user=tester")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("export failed: no such file or directory: " + nowhere)
                .contains("export failed: nothing answers at the --url given");
    }
}
