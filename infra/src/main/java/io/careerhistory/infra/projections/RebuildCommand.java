package io.careerhistory.infra.projections;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.cli.ApiConnection;
import io.careerhistory.infra.cli.CommandLine;
import io.careerhistory.infra.cli.ProgressBar;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar career-history.jar rebuild <projection> [--url=http://localhost:8080] [--user=admin]
 * [--password=...]}: asks the running application to rebuild a projection blue/green and draws its progress until it
 * is done. Exit 0 done, 1 failed or refused, 2 cannot ask.
 */
public final class RebuildCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar rebuild <projection> [options]
            Asks the running application to rebuild a view blue/green, and draws its progress until the switch.
              <projection>           the view's name, as GET /api/admin/projections lists them (timeline, ...)
              --url=URL              the application (default http://localhost:8080)
              --user=NAME            who asks, an admin (default admin)
              --password=SECRET      their password (default: the variable CAREER_PASSWORD_<USER>)
            Exit 0 done, 1 failed or refused, 2 cannot ask.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 250;

    private RebuildCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return ApiConnection.exitCode("rebuild", err, () -> {
            CommandLine line = CommandLine.parse(args, Set.of("--url", "--user", "--password"));
            if (line.words().size() != 1) {
                err.println(line.words().isEmpty() ? "rebuild: name the projection to rebuild"
                                                   : "rebuild: one projection at a time, not '"
                                                           + String.join(" ", line.words()) + "'");
                err.print(USAGE);
                return 2;
            }
            String projection = line.words().get(0);
            ApiConnection api = ApiConnection.from(line, environment, "admin");
            HttpResponse<String> started = api.send("POST", "/api/admin/projections/" + projection + "/rebuild");
            if (started.statusCode() != 202) {
                err.println("rebuild refused (" + started.statusCode() + "): " + ApiConnection.detail(started.body()));
                return 1;
            }
            String startedAt = JSON.readTree(started.body()).get("startedAt").asText();
            return follow(api, projection, startedAt, new ProgressBar(out, projection), err);
        });
    }

    private static int follow(ApiConnection api, String projection, String startedAt, ProgressBar bar, PrintStream err)
            throws Exception {
        while (true) {
            JsonNode rebuild = rebuildOf(api, projection);
            if (rebuild != null && startedAt.equals(rebuild.path("startedAt").asText())) {
                bar.show(rebuild.get("percent").asDouble(), rebuild.get("eventsReplayed").asLong(),
                         rebuild.get("eventsPerSecond").asDouble(),
                         rebuild.hasNonNull("etaSeconds") ? rebuild.get("etaSeconds").asLong() : null);
                String state = rebuild.get("state").asText();
                if (state.equals("DONE")) {
                    bar.finish("rebuilt " + projection + ": " + rebuild.get("eventsReplayed").asLong() + " events, "
                                       + rebuild.get("eventsPerSecond").asDouble() + " events/s");
                    return 0;
                }
                if (state.equals("FAILED")) {
                    bar.finish("");
                    err.println("rebuild of " + projection + " failed: " + rebuild.path("error").asText());
                    return 1;
                }
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static JsonNode rebuildOf(ApiConnection api, String projection) throws Exception {
        HttpResponse<String> listed = api.send("GET", "/api/admin/projections");
        if (listed.statusCode() != 200) {
            throw new IllegalArgumentException("cannot read the projections (" + listed.statusCode() + "): "
                                                       + ApiConnection.detail(listed.body()));
        }
        for (JsonNode p : JSON.readTree(listed.body()).get("projections")) {
            if (p.get("name").asText().equals(projection)) {
                return p.get("rebuild");
            }
        }
        return null;
    }
}
