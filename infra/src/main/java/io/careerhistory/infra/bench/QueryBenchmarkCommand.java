package io.careerhistory.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careerhistory.infra.CareerHistoryApplication;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code java -jar career-history.jar bench-queries [--employees=200,2000] [--samples=500]}: starts the application on
 * the embedded server with a generated organisation of each size, waits until every projection has caught up, and
 * measures the p50 and p99 latency of timeline, readiness, search and mentor suggestions over HTTP, as a client sees it.
 */
public final class QueryBenchmarkCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar bench-queries [--employees=N[,N...]] [--samples=N]
            Starts the application on the embedded server with a generated organisation of each size and measures the
            p50 and p99 latency of timeline, readiness, search and mentor suggestions over HTTP.
              --employees=N[,N...]   organisation sizes (default 200,2000)
              --samples=N            requests measured per query and size (default 500)
            Exit 0 done, 1 failed, 2 a bad option.
            """;

    private static final int WARM_UP = 100;
    private static final String BENCH_USER = "bench";
    private static final String[] TOPICS = {"system design", "product discovery", "public speaking", "kubernetes",
            "data modelling", "accessibility"};

    private final List<Integer> sizes;
    private final int samples;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(7);
    private final List<String> rows = new ArrayList<>();
    private final String benchPassword = UUID.randomUUID().toString();

    private QueryBenchmarkCommand(List<Integer> sizes, int samples, PrintStream out) {
        this.sizes = sizes;
        this.samples = samples;
        this.out = out;
    }

    public static int run(String[] args) {
        List<Integer> sizes = List.of(200, 2000);
        int samples = 500;
        try {
            for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
                if (arg.startsWith("--employees=")) {
                    sizes = Arrays.stream(arg.substring("--employees=".length()).split(",")).map(s -> positive(s, arg)).toList();
                } else if (arg.startsWith("--samples=")) {
                    samples = positive(arg.substring("--samples=".length()), arg);
                } else {
                    throw new IllegalArgumentException("unknown option " + arg + "; use --employees=200,2000 --samples=500");
                }
            }
            new QueryBenchmarkCommand(sizes, samples, System.out).runAll();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("bench-queries: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("bench-queries failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private static int positive(String value, String option) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + ": '" + value + "' is not a positive whole number");
    }

    private void runAll() throws Exception {
        out.printf("career-history query latency: embedded server (memory backend), %d cores, %d samples per query%n",
                   Runtime.getRuntime().availableProcessors(), samples);
        rows.add("| employees | events | query | p50 ms | p99 ms |");
        rows.add("|---|---|---|---|---|");
        for (int employees : sizes) {
            measure(employees);
            rows.forEach(out::println);
        }
    }

    private void measure(int employees) throws Exception {
        out.printf("... generating %,d employees (through the command side) and waiting for the projections%n", employees);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerHistoryApplication.class)
                .run("--server.port=0", "--career.embedded.storage=memory", "--career.demo-data=true",
                     "--career.demo-data.employees=" + employees, "--logging.level.root=WARN",
                     // a talent partner reads every timeline, readiness, search and suggestion, as the bench does
                     "--career.security.users[7].name=" + BENCH_USER, "--career.security.users[7].roles=TALENT_PARTNER",
                     "--career.security.users[7].password=" + benchPassword)) {
            long events = waitUntilCaughtUp(app);
            out.printf("    ready after %d s, %,d events%n", Duration.ofNanos(System.nanoTime() - started).toSeconds(), events);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            JsonNode people = get(base + "/api/readiness").get("employees");
            List<String> ids = new ArrayList<>();
            List<String> words = new ArrayList<>();
            people.forEach(p -> {
                ids.add(p.get("employeeId").asText());
                words.addAll(List.of(p.get("name").asText().toLowerCase().split(" ")));
            });
            Supplier<String> anyone = () -> ids.get(random.nextInt(ids.size()));
            row(employees, events, "timeline (one employee, 50 entries)",
                () -> base + "/api/employees/" + anyone.get() + "/timeline");
            row(employees, events, "readiness (one employee)", () -> base + "/api/employees/" + anyone.get() + "/readiness");
            row(employees, events, "search (a 3-letter prefix)",
                () -> base + "/api/search?q=" + words.get(random.nextInt(words.size())).substring(0, 3));
            row(employees, events, "mentor suggestions",
                () -> base + "/api/mentorships/suggestions?kind=CLASSIC&mentee=" + anyone.get() + "&topic="
                        + TOPICS[random.nextInt(TOPICS.length)].replace(" ", "%20"));
        }
    }

    /** Waits until every streaming processor has reached the head of the store, and the head stays put. */
    static long waitUntilCaughtUp(ConfigurableApplicationContext app) throws InterruptedException {
        MongoCommitEventStorageEngine engine = app.getBean(MongoCommitEventStorageEngine.class);
        EventProcessingConfiguration processing = app.getBean(EventProcessingConfiguration.class);
        while (true) {
            TrackingToken head = engine.createHeadToken();
            long headPosition = head == null ? 0 : head.position().orElse(0);
            boolean caughtUp = processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .allMatch(p -> !p.processingStatus().isEmpty() && p.processingStatus().values().stream().allMatch(
                            s -> s.getCurrentPosition().orElse(-1) >= headPosition));
            if (caughtUp) {
                Thread.sleep(2_000);
                TrackingToken after = engine.createHeadToken();
                if (after != null && after.position().orElse(0) == headPosition) {
                    return headPosition + 1;
                }
            }
            Thread.sleep(1_000);
        }
    }

    private void row(int employees, long events, String query, Supplier<String> urls) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(urls.get());
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            String url = urls.get();
            long start = System.nanoTime();
            get(url);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        rows.add(String.format("| %,d | %,d | %s | %.1f | %.1f |", employees, events, query,
                               nanos[samples / 2] / 1e6, nanos[Math.min(samples - 1, (int) Math.ceil(samples * 0.99) - 1)] / 1e6));
    }

    private JsonNode get(String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET()
                                                             .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                                                     (BENCH_USER + ":" + benchPassword).getBytes(StandardCharsets.UTF_8)))
                                                             .build(),
                                                  HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
