package io.careerhistory.infra.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.command.api.CommandAnswerHeaders;
import io.careerhistory.infra.cli.ApiConnection;
import io.careerhistory.infra.consistency.ConsistentReads;
import io.careerhistory.infra.cli.CommandLine;
import io.careerhistory.infra.cli.ProgressBar;
import io.careerhistory.infra.load.CareerTraffic.Request;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code java -jar career-history.jar load [--rate=20] [--duration=60] [--query-share=0.5] [--own-writes=0.1]
 * [--employees=20] [--url=http://localhost:8080] [--user=talent] [--password=...] [--admin-user=admin]
 * [--admin-password=...]}:
 * mixed commands and queries against the running application at a steady rate, then the rate achieved, p50/p95/p99
 * latency of commands, of queries and of reading one's own write (the timeline read right after a share of the commands
 * with their position, ADR 0028), and the projections' lag at the end. The load is open: a slow answer does not
 * slow the sending, and each latency counts from when its request was due, so queueing shows. Exit 0 when every
 * request succeeded, 1 when some failed, 2 when it cannot run.
 */
public final class LoadCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar load [options]
            Mixed commands and queries against the running application at a steady rate; then the rate achieved,
            the p50/p95/p99 latency of commands, of queries and of reading one's own write (the timeline read right
            after a command with its Career-Position), and the projections' lag at the end.
              --rate=N               requests a second (default 20)
              --duration=SECONDS     how long (default 60)
              --query-share=F        the fraction of requests that are queries, 0 to 1 (default 0.5)
              --own-writes=F         the fraction of commands followed at once by a read of their effect, sent
                                     with the command's Career-Position; not counted in the rate (default 0.1)
              --employees=N          how many employees it hires first and then works on (default 20)
              --url=URL              the application (default http://localhost:8080)
              --user=NAME            who sends the commands and queries (default talent)
              --password=SECRET      their password (default: the variable CAREER_PASSWORD_<USER>)
              --admin-user=NAME      who reads the projections' lag (default admin)
              --admin-password=SECRET  their password (default: the variable CAREER_PASSWORD_<ADMIN-USER>)
            Exit 0 every request succeeded, 1 some failed, 2 cannot run.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SENDERS = 64;
    private static final long CATCH_UP_LIMIT_MILLIS = 120_000;

    private final ApiConnection api;
    private final ApiConnection admin;
    private final PrintStream out;
    private final Latencies commands = new Latencies();
    private final Latencies queries = new Latencies();
    private final Latencies ownWrites = new Latencies();
    private final AtomicLong commandsAnswered = new AtomicLong();
    private final double ownWriteShare;

    private LoadCommand(ApiConnection api, ApiConnection admin, PrintStream out, double ownWriteShare) {
        this.api = api;
        this.admin = admin;
        this.out = out;
        this.ownWriteShare = ownWriteShare;
    }

    public static int run(String[] args) {
        return run(args, System.getenv(), System.out, System.err);
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        return ApiConnection.exitCode("load", err, () -> {
            CommandLine line = CommandLine.parse(args, Set.of("--rate", "--duration", "--query-share", "--own-writes",
                                                              "--employees",
                                                              "--url", "--user", "--password", "--admin-user",
                                                              "--admin-password"));
            double rate = positive(line, "--rate", "20");
            double seconds = positive(line, "--duration", "60");
            double queryShare = fraction(line, "--query-share", "0.5");
            double ownWriteShare = fraction(line, "--own-writes", "0.1");
            int employees = (int) positive(line, "--employees", "20");
            ApiConnection api = ApiConnection.from(line, environment, "talent");
            // the projections' lag is read as an admin
            ApiConnection admin = ApiConnection.from(line, environment, "--admin-user", "--admin-password", "admin");
            String url = line.option("--url", "http://localhost:8080");
            return new LoadCommand(api, admin, out, ownWriteShare).run(rate, seconds, queryShare, employees, url);
        });
    }

    private int run(double rate, double seconds, double queryShare, int employees, String url) throws Exception {
        maxLag(); // the admin can read the projections, or this fails now rather than after the run
        out.printf(Locale.ROOT, "career-history load: %.0f s at %.1f requests/s (%.0f%% queries) against %s%n", seconds,
                   rate, queryShare * 100, url);
        CareerTraffic traffic = new CareerTraffic(hire(employees), queryShare, 42);
        long total = Math.max(1, Math.round(rate * seconds));
        long interval = Math.round(1e9 / rate);
        ProgressBar bar = new ProgressBar(out, "load", "requests");
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            Request request = traffic.next();
            senders.submit(() -> send(request, due));
            if (i % Math.max(1, Math.round(rate)) == 0) {
                double elapsed = (System.nanoTime() - start) / 1e9;
                bar.show(100.0 * i / total, i, elapsed > 0 ? i / elapsed : 0, Math.round((total - i) / rate));
            }
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        double took = (System.nanoTime() - start) / 1e9;
        bar.finish("sent " + total + " requests");
        report(total, took);
        return commands.failed() + queries.failed() + ownWrites.failed() == 0 ? 0 : 1;
    }

    private void send(Request request, long due) {
        boolean ok;
        HttpResponse<String> answer = null;
        try {
            answer = request.body() == null ? api.send(request.method(), request.path())
                    : api.send(request.method(), request.path(), request.body());
            ok = answer.statusCode() / 100 == 2;
        } catch (Exception e) {
            ok = false;
        }
        (request.command() ? commands : queries).record(System.nanoTime() - due, ok);
        if (request.command() && ok && ownWriteDue()) {
            readOwnWrite(request, answer);
        }
    }

    /** Whether this command's answer is followed by a read of it: the share asked, spread evenly. */
    private boolean ownWriteDue() {
        long n = commandsAnswered.incrementAndGet();
        return Math.floor(n * ownWriteShare) > Math.floor((n - 1) * ownWriteShare);
    }

    /** The employee's timeline read at once with the command's position: how long until a write shows in the views. */
    private void readOwnWrite(Request command, HttpResponse<String> answer) {
        String position = answer.headers().firstValue(CommandAnswerHeaders.POSITION).orElse(null);
        String timeline = command.path().replaceFirst("^(/api/employees/[^/]+)/.*$", "$1/timeline?limit=1");
        long start = System.nanoTime();
        boolean ok;
        try {
            ok = position != null && api.get(timeline, ConsistentReads.CONSISTENT_WITH, position).statusCode() == 200;
        } catch (Exception e) {
            ok = false;
        }
        ownWrites.record(System.nanoTime() - start, ok);
    }

    /** Employees for the traffic, hired before the clock starts; their timelines exist before the first read. */
    private List<String> hire(int employees) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            HttpResponse<String> hired = api.send("POST", "/api/employees", CareerTraffic.hire(i, run));
            if (hired.statusCode() != 201) {
                throw new IllegalArgumentException("cannot hire the load's employees (" + hired.statusCode() + "): "
                                                           + ApiConnection.detail(hired.body()));
            }
            ids.add(JSON.readTree(hired.body()).get("employeeId").asText());
        }
        for (String id : ids) {
            awaitView("/api/employees/" + id + "/timeline");
            awaitView("/api/employees/" + id + "/readiness");
        }
        out.printf("hired %d employees for the load (login names load-%s-*)%n", employees, run);
        return ids;
    }

    /** Views follow the commands: a read of one not yet there would count as a failure of the load. */
    private void awaitView(String path) throws Exception {
        long giveUp = System.nanoTime() + CATCH_UP_LIMIT_MILLIS * 1_000_000;
        while (api.send("GET", path).statusCode() != 200) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException(path + " did not appear within " + CATCH_UP_LIMIT_MILLIS / 1000 + " s");
            }
            Thread.sleep(50);
        }
    }

    private void report(long total, double took) throws Exception {
        int answered = commands.count() + queries.count();
        out.printf(Locale.ROOT, "requests: %d sent, %d answered in %.1f s, %.1f requests/s achieved, %d failed%n", total,
                   answered, took, answered / took, commands.failed() + queries.failed());
        line("commands", commands);
        line("queries", queries);
        line("own write", ownWrites);
        out.printf(Locale.ROOT, "(own write: the timeline read right after %.0f%% of the commands with its %s, until it "
                                        + "shows the command)%n", ownWriteShare * 100, ConsistentReads.CONSISTENT_WITH);
        JsonNode lagging = maxLag();
        long lag = lagging == null ? 0 : lagging.get("lag").asLong();
        long waitStart = System.nanoTime();
        while (maxLag() != null && System.nanoTime() - waitStart < CATCH_UP_LIMIT_MILLIS * 1_000_000) {
            Thread.sleep(100);
        }
        double caughtUp = (System.nanoTime() - waitStart) / 1e9;
        out.printf(Locale.ROOT, "projection lag at the end: %d events%s; %s%n", lag,
                   lagging == null ? "" : " (" + lagging.get("name").asText() + ")",
                   maxLag() == null ? String.format(Locale.ROOT, "all caught up %.1f s later", caughtUp)
                           : "still behind after " + CATCH_UP_LIMIT_MILLIS / 1000 + " s");
    }

    private void line(String kind, Latencies latencies) {
        if (latencies.count() == 0) {
            out.printf(Locale.ROOT, "%-9s %6d%n", kind, 0);
            return;
        }
        out.printf(Locale.ROOT, "%-9s %6d: p50 %7.1f ms, p95 %7.1f ms, p99 %7.1f ms, %d failed%n", kind,
                   latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(95),
                   latencies.percentileMillis(99), latencies.failed());
    }

    /** The projection furthest behind the head of the store, or null when none is. */
    private JsonNode maxLag() throws Exception {
        HttpResponse<String> listed = admin.send("GET", "/api/admin/projections");
        if (listed.statusCode() != 200) {
            throw new IllegalArgumentException("cannot read the projections (" + listed.statusCode() + "): "
                                                       + ApiConnection.detail(listed.body()));
        }
        JsonNode furthest = null;
        for (JsonNode projection : JSON.readTree(listed.body()).get("projections")) {
            if (projection.get("lag").asLong() > 0
                    && (furthest == null || projection.get("lag").asLong() > furthest.get("lag").asLong())) {
                furthest = projection;
            }
        }
        return furthest;
    }

    private static double fraction(CommandLine line, String option, String fallback) {
        String value = line.option(option, fallback);
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(option + " must be a fraction from 0 to 1, not '" + value + "'");
    }

    private static double positive(CommandLine line, String option, String fallback) {
        String value = line.option(option, fallback);
        try {
            double parsed = Double.parseDouble(value);
            if (parsed > 0 && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException(option + " must be a positive number, not '" + value + "'");
    }
}
