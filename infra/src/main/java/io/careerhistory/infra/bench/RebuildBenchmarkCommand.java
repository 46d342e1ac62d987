package io.careerhistory.infra.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.CareerHistoryApplication;
import io.careerhistory.infra.export.EventExport;
import io.careerhistory.infra.export.ExportFormat;
import io.careerhistory.infra.export.ExportQuery;
import io.careerhistory.infra.projections.ViewRebuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.io.Writer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar career-history.jar bench-rebuild [--employees=2000]}: starts the application on the embedded server
 * with a generated organisation (2,000 employees: ten times the demo data), waits for the projections, then measures
 * how fast each view replays from the first event into fresh collections, and how fast the whole store exports
 * (NDJSON, as recorded and pseudonymized, written to nowhere), in events per second.
 */
public final class RebuildBenchmarkCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar bench-rebuild [--employees=N]
            Starts the application on the embedded server with a generated organisation and measures how fast each view
            replays from the first event into fresh collections, and how fast the whole store exports, in events/s.
              --employees=N          the organisation's size (default 2000: ten times the demo data)
            Exit 0 done, 1 failed, 2 a bad option.
            """;

    private final int employees;
    private final PrintStream out;

    private RebuildBenchmarkCommand(int employees, PrintStream out) {
        this.employees = employees;
        this.out = out;
    }

    public static int run(String[] args) {
        int employees = 2000;
        try {
            for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
                if (!arg.startsWith("--employees=")) {
                    throw new IllegalArgumentException("unknown option " + arg + "; use --employees=2000");
                }
                employees = BenchmarkOptions.positive(arg.substring("--employees=".length()).strip(), "--employees");
            }
            new RebuildBenchmarkCommand(employees, System.out).measure();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("bench-rebuild: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("bench-rebuild failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private void measure() throws Exception {
        out.printf("career-history rebuild and export throughput: embedded server (memory backend), %d cores%n",
                   Runtime.getRuntime().availableProcessors());
        out.printf("... generating %,d employees (through the command side) and waiting for the projections%n", employees);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CareerHistoryApplication.class)
                .run("--server.port=0", "--career.embedded.storage=memory", "--career.demo-data=true",
                     "--career.demo-data.employees=" + employees, "--logging.level.root=WARN")) {
            long events = QueryBenchmarkCommand.waitUntilCaughtUp(app);
            out.printf("    %,d events%n%n| what | events | seconds | events/s |%n|---|---|---|---|%n", events);
            ViewRebuilder rebuilder = app.getBean(ViewRebuilder.class);
            MongoDatabase database = app.getBean(MongoDatabase.class);
            for (String view : rebuilder.views()) {
                long started = System.nanoTime();
                Map<String, String> copies = rebuilder.replayBeside(view, "bench");
                row("rebuild " + view, events, System.nanoTime() - started);
                copies.values().forEach(c -> database.getCollection(c).drop());
            }
            EventExport export = app.getBean(EventExport.class);
            ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                                                  .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
            for (boolean pseudonymized : List.of(false, true)) {
                ExportFormat.Sink sink = ExportFormat.NDJSON.sink(Writer.nullWriter(), json);
                long started = System.nanoTime();
                sink.begin();
                long exported = export.export(ExportQuery.of(null, null, null, null), pseudonymized, sink);
                sink.end();
                row("export NDJSON" + (pseudonymized ? ", pseudonymized" : ", as recorded"), exported,
                    System.nanoTime() - started);
            }
        }
    }

    private void row(String what, long events, long nanos) {
        double seconds = Duration.ofNanos(nanos).toMillis() / 1000.0;
        out.printf("| %s | %,d | %.1f | %,.0f |%n", what, events, seconds, events / Math.max(seconds, 0.001));
    }
}
