package io.careerhistory.infra.export;

import io.careerhistory.infra.cli.ApiConnection;
import io.careerhistory.infra.cli.CommandLine;
import io.careerhistory.infra.cli.ProgressBar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar career-history.jar export --out=FILE [--format=ndjson|csv|cloudevents] [--type=...] [--employee=...]
 * [--from=...] [--to=...] [--url=http://localhost:8080] [--user=auditor] [--password=...]}: streams the running
 * application's event export into a file with a progress bar (how far through the store it has read). Exit 0 written,
 * 1 refused, 2 cannot ask or write.
 */
public final class ExportCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar export --out=FILE [options]
            Streams the running application's event export (GET /api/export/events) into FILE, with a progress bar.
              --out=FILE             the file to write (required)
              --format=FORMAT        ndjson (default), csv or cloudevents
              --type=NAME[,NAME...]  only events of these types, by class name (CourseCompletedEvent, ...)
              --employee=ID          only events that name this employee (an analyst gives the pseudonym)
              --from=WHEN --to=WHEN  recorded between, inclusive: an ISO date (2025-06-30) or instant
              --url=URL              the application (default http://localhost:8080)
              --user=NAME            who asks: an auditor (default auditor) or an analyst (pseudonymized)
              --password=SECRET      their password (default: the variable CAREER_PASSWORD_<USER>)
            Exit 0 written, 1 refused by the application, 2 cannot ask or write.
            """;

    private static final Pattern JSON_POSITION = Pattern.compile("\"position\":(\\d+)");
    private static final Pattern CSV_POSITION = Pattern.compile("^(\\d+),");
    private static final long REDRAW_EVERY = 1_000;

    private ExportCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return ApiConnection.exitCode("export", err, () -> {
            CommandLine line = CommandLine.parse(args, Set.of("--out", "--format", "--type", "--employee", "--from", "--to",
                                                              "--url", "--user", "--password"));
            String file = line.options().get("--out");
            if (file == null || !line.words().isEmpty()) {
                err.println(file == null ? "export: --out=FILE is required"
                                         : "export: takes options only, not '" + String.join(" ", line.words()) + "'");
                err.print(USAGE);
                return 2;
            }
            ApiConnection api = ApiConnection.from(line, environment, "auditor");
            HttpResponse<InputStream> response = api.stream("/api/export/events" + query(line));
            if (response.statusCode() != 200) {
                try (InputStream body = response.body()) {
                    err.println("export refused (" + response.statusCode() + "): "
                                        + ApiConnection.detail(new String(body.readAllBytes(), StandardCharsets.UTF_8)));
                }
                return 1;
            }
            long head = response.headers().firstValue(EventExportController.STORE_HEAD_HEADER).map(Long::parseLong).orElse(-1L);
            long written = copy(response.body(), Path.of(file), head, new ProgressBar(out, "export"));
            out.println();
            out.println("exported " + written + " events to " + file);
            return 0;
        });
    }

    private static String query(CommandLine line) {
        StringBuilder query = new StringBuilder();
        for (String name : new String[] {"format", "type", "employee", "from", "to"}) {
            String value = line.options().get("--" + name);
            if (value == null) {
                continue;
            }
            // the API takes a parameter once per type; the command takes the types separated by commas
            for (String each : name.equals("type") ? value.split(",") : new String[] {value}) {
                query.append(query.length() == 0 ? '?' : '&').append(name).append('=')
                     .append(URLEncoder.encode(each.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /**
     * Copies the body as it comes (byte for byte in effect: line endings and quoted line breaks stay), looking at each
     * line on the way to count the events and draw how far through the store the export has got.
     */
    private static long copy(InputStream body, Path file, long head, ProgressBar bar) throws IOException {
        long started = System.nanoTime();
        long[] progress = {0, -1}; // events, position
        StringBuilder line = new StringBuilder();
        char[] buffer = new char[16 * 1024];
        try (Reader in = new InputStreamReader(body, StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    if (buffer[i] != '\n') {
                        line.append(buffer[i]);
                    } else {
                        look(line, progress, bar, head, started);
                        line.setLength(0);
                    }
                }
            }
            look(line, progress, bar, head, started);
        }
        draw(bar, progress[0], head, head, started);
        return progress[0];
    }

    /** Counts the line if it is an event (a header, a bracket or a quoted line break is not) and redraws now and then. */
    private static void look(CharSequence line, long[] progress, ProgressBar bar, long head, long started) {
        Matcher json = JSON_POSITION.matcher(line);
        Matcher csv = CSV_POSITION.matcher(line);
        if (json.find()) {
            progress[1] = Long.parseLong(json.group(1));
        } else if (csv.find()) {
            progress[1] = Long.parseLong(csv.group(1));
        } else {
            return;
        }
        if (++progress[0] % REDRAW_EVERY == 0) {
            draw(bar, progress[0], progress[1], head, started);
        }
    }

    private static void draw(ProgressBar bar, long events, long position, long head, long started) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        double rate = events / seconds;
        double percent = head <= 0 ? 100 : 100.0 * (position + 1) / (head + 1);
        Long eta = rate > 0 && head > position ? (long) Math.ceil((head - position) / rate) : null;
        bar.show(percent, events, rate, eta);
    }
}
