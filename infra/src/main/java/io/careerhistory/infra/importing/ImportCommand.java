package io.careerhistory.infra.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.cli.ApiConnection;
import io.careerhistory.infra.cli.CommandLine;
import io.careerhistory.infra.cli.MultipartBody;
import io.careerhistory.infra.cli.ProgressBar;

import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar career-history.jar import --dir=hris-export [--source=workday] [--dry-run] [--url=...]
 * [--user=talent] [--password=...]}: sends the HRIS export's CSV files ({@code employees.csv}, {@code levels.csv},
 * {@code promotions.csv}, {@code courses.csv}, any of them) to the running application, prints every error with its
 * file and line if it refuses them, else draws the import's progress. Exit 0 imported (or valid, with
 * {@code --dry-run}), 1 refused or a row refused, 2 cannot ask.
 */
public final class ImportCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar import [--dir=DIR] [options]
            Sends an HRIS export's CSV files (employees.csv, levels.csv, promotions.csv, courses.csv, any of them) to
            the running application, prints each refused row with its file and line, else draws the import's progress.
              --dir=DIR              where the CSV files are (default: the current directory)
              --source=NAME          the HRIS, recorded with every imported fact (default hris)
              --dry-run              only check every row; import nothing
              --url=URL              the application (default http://localhost:8080)
              --user=NAME            who asks: a talent partner (default talent) or an admin
              --password=SECRET      their password (default: the variable CAREER_PASSWORD_<USER>)
            Exit 0 imported (or valid, with --dry-run), 1 refused or a row refused, 2 cannot ask.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PARTS = List.of("employees", "levels", "promotions", "courses");
    private static final long POLL_MILLIS = 250;

    private ImportCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return ApiConnection.exitCode("import", err, () -> {
            CommandLine line = CommandLine.parse(args, Set.of("--dir", "--source", "--dry-run", "--url", "--user",
                                                              "--password"));
            Path dir = Path.of(line.option("--dir", "."));
            Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
            for (String part : PARTS) {
                Path file = dir.resolve(part + ".csv");
                if (Files.isRegularFile(file)) {
                    files.put(part, new SimpleEntry<>(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            }
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no employees.csv, levels.csv, promotions.csv or courses.csv in " + dir);
            }
            ApiConnection api = ApiConnection.from(line, environment, "talent");
            String query = "?source=" + URLEncoder.encode(line.option("--source", "hris"), StandardCharsets.UTF_8)
                    + (line.has("--dry-run") ? "&dryRun=true" : "");
            HttpResponse<String> answer = api.upload("/api/import" + query, MultipartBody.of(files));
            JsonNode body = JSON.readTree(answer.body().isBlank() ? "{}" : answer.body());
            if (answer.statusCode() == 422 && body.has("errors")) {
                err.println("import refused, nothing was imported: " + body.get("errors").size() + " error(s)");
                body.get("errors").forEach(e -> err.println("  " + where(e) + ": " + e.path("message").asText()));
                return 1;
            }
            if (answer.statusCode() == 200) {
                out.println("valid: " + body.get("employees") + " employees, " + body.get("levels") + " levels, "
                                    + body.get("promotions") + " promotions, " + body.get("courses") + " courses");
                return 0;
            }
            if (answer.statusCode() != 202) {
                err.println("import refused (" + answer.statusCode() + "): " + ApiConnection.detail(answer.body()));
                return 1;
            }
            return follow(api, body.get("importId").asText(), new ProgressBar(out, "import", "commands"), err);
        });
    }

    private static int follow(ApiConnection api, String importId, ProgressBar bar, PrintStream err) throws Exception {
        while (true) {
            HttpResponse<String> asked = api.send("GET", "/api/import/" + importId);
            if (asked.statusCode() != 200) {
                throw new IllegalArgumentException("cannot follow import " + importId + " (" + asked.statusCode() + "): "
                                                           + ApiConnection.detail(asked.body()));
            }
            JsonNode progress = JSON.readTree(asked.body());
            bar.show(progress.get("percent").asDouble(), progress.get("done").asLong(),
                     progress.get("stepsPerSecond").asDouble(),
                     progress.hasNonNull("etaSeconds") ? progress.get("etaSeconds").asLong() : null);
            String state = progress.get("state").asText();
            if (!state.equals("RUNNING")) {
                bar.finish("import " + state.toLowerCase() + ": " + progress.get("recorded") + " recorded, "
                                   + progress.get("alreadyPresent") + " already present"
                                   + because(progress.get("alreadyPresentBecause")) + ", "
                                   + progress.get("refused").size() + " refused");
                progress.get("refused").forEach(r -> err.println("  " + where(r) + ": " + r.path("code").asText() + " "
                                                                         + r.path("message").asText()));
                if (progress.hasNonNull("error")) {
                    err.println(progress.get("error").asText() + " (run it again to carry on)");
                }
                return state.equals("DONE") && progress.get("refused").isEmpty() ? 0 : 1;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Why rows were already present, counted: " (HIRED_BEFORE 2, COMPLETION_ALREADY_RECORDED 1)", or nothing. */
    private static String because(JsonNode reasons) {
        List<String> counted = new ArrayList<>();
        reasons.fields().forEachRemaining(reason -> counted.add(reason.getKey() + " " + reason.getValue().asInt()));
        return counted.isEmpty() ? "" : " (" + String.join(", ", counted) + ")";
    }

    private static String where(JsonNode error) {
        return error.path("file").asText() + ":" + error.path("line").asInt()
                + (error.hasNonNull("column") ? " " + error.get("column").asText() : "");
    }
}
