package io.careerhistory.infra.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.axon.SerializerConfiguration;
import io.careerhistory.infra.eventstore.CommitHasher;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code java -jar career-history.jar bench}: measures this project's event store against the stock axon-mongo
 * engine on the same embedded server, at two store sizes, and prints one table.
 */
public final class BenchmarkCommand {

    private static final Duration OUR_LIMIT = Duration.ofMinutes(30);

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Measurement[]> ourResults = new ArrayList<>();

    private BenchmarkCommand(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static int run(String[] args) {
        try {
            BenchmarkOptions options = BenchmarkOptions.parse(args);
            new BenchmarkCommand(options, System.out).runAll();
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("bench failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private void runAll() throws Exception {
        Path dir = options.fileBackend() ? Files.createTempDirectory("career-bench") : null;
        try (EmbeddedMongoServer server = dir == null ? EmbeddedMongoServer.inMemory() : EmbeddedMongoServer.onDisk(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            out.printf("career-history event store benchmark: embedded mongo-java-server (%s backend), %d cores, sizes %s%n",
                       options.fileBackend() ? "durable H2 file" : "memory", Runtime.getRuntime().availableProcessors(),
                       options.sizes());
            warmUp(client);
            for (int size : options.sizes()) {
                measureSize(client, size);
                printTable(); // after every size, so that a long run shows what it has so far
            }
        }
    }

    private static final int WARM_UP_EVENTS = 30_000;

    private void measureSize(MongoClient client, int size) throws Exception {
        String n = String.format("%,d", size);
        out.printf("... %s events%n", n);
        Measurement[] ours = measureEngine(client, "bench-ours-" + size, OUR_LIMIT, db -> ourEngine(client, db), size);
        ourResults.add(ours);
        MongoDatabase ourStore = client.getDatabase("bench-ours-" + size + "-1w");
        List<Measurement> rawInserts = new ArrayList<>();
        List<Measurement> rawReads = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            ourStore.getCollection("raw").drop();
            settle();
            rawInserts.add(RawDriverCeiling.insertCopiesOf(RawDriverCeiling.commitsOf(ourStore),
                                                           ourStore.getCollection("raw"), size));
            settle();
            rawReads.add(RawDriverCeiling.keyLookupRead(ourStore.getCollection("raw"), size));
        }
        Measurement rawInsert = Measurement.median(rawInserts);
        Measurement rawRead = Measurement.median(rawReads);
        ourStore.drop();
        settle();
        Measurement[] stock = options.includeStock()
                ? measureEngine(client, "bench-stock-" + size, options.stockTimeout(), db -> stockEngine(client, db), size)
                : null;
        client.getDatabase("bench-stock-" + size + "-1w").drop();
        String[] names = {"append, 1 writer", "append, 4 writers", "replay through a streaming processor"};
        for (int i = 0; i < names.length; i++) {
            rows.add(new String[]{names[i], n, ours[i].describe(), stock == null ? "not run" : stock[i].describe(),
                    ratio(ours[i], stock == null ? null : stock[i])});
        }
        rows.add(new String[]{"raw driver insert of the same documents (ceiling)", n, rawInsert.describe(), "", ""});
        rows.add(new String[]{"raw driver _id $in read of the same documents (ceiling)", n, rawRead.describe(), "", ""});
        rows.add(new String[]{"replay as share of the read ceiling (goal ≥ 50%)", n,
                String.format("%.0f%%", 100 * ours[2].perSecond() / rawRead.perSecond()), "", ""});
    }

    /** Lets the JIT compile both engines' paths before anything is measured. */
    /**
     * The embedded server runs in this JVM, so the first timed phase would otherwise pay for compiling its code: on
     * 2 cores an append phase measured 3× faster once warm. Both engines are warmed alike, appends with both writer
     * counts; the stock engine's replay scans, so it is warmed with fewer events.
     */
    private void warmUp(MongoClient client) throws Exception {
        out.println("... warming up");
        warmUp(client, "bench-warmup-ours", db -> ourEngine(client, db), OUR_LIMIT, WARM_UP_EVENTS / 2);
        if (options.includeStock()) {
            warmUp(client, "bench-warmup-stock", db -> stockEngine(client, db), options.stockTimeout(), WARM_UP_EVENTS / 20);
        }
    }

    private void warmUp(MongoClient client, String database, Function<String, EventStorageEngine> engineFor,
                        Duration limit, int replayEvents) throws Exception {
        // replayEvents: at most the WARM_UP_EVENTS / 2 appended by the single writer
        EngineWorkload.append(engineFor.apply(database + "-4w"), WARM_UP_EVENTS, 4, limit);
        EngineWorkload.append(engineFor.apply(database), WARM_UP_EVENTS / 2, 1, limit);
        EngineWorkload.replay(engineFor.apply(database), replayEvents, limit);
        client.getDatabase(database + "-4w").drop();
        client.getDatabase(database).drop();
    }

    private Measurement[] measureEngine(MongoClient client, String database, Duration limit,
                                        Function<String, EventStorageEngine> engineFor, int size) throws Exception {
        // One store on the heap at a time, and a collection before each timed phase: the embedded server shares the
        // JVM, so garbage left by an earlier phase would otherwise be paid for by the next one.
        List<Measurement> fourWriterRuns = new ArrayList<>();
        List<Measurement> oneWriterRuns = new ArrayList<>();
        for (int round = 0; round < options.rounds(); round++) {
            fourWriterRuns.add(appendTo(client, database + "-4w", engineFor, size, 4, limit));
            client.getDatabase(database + "-4w").drop();
            oneWriterRuns.add(appendTo(client, database + "-1w", engineFor, size, 1, limit));
        }
        Measurement fourWriters = Measurement.median(fourWriterRuns);
        Measurement oneWriter = Measurement.median(oneWriterRuns);
        // The store of the last single-writer round is replayed, again each round unless a run does not finish.
        List<Measurement> replays = new ArrayList<>();
        boolean stored = oneWriterRuns.get(oneWriterRuns.size() - 1).finished();
        while (stored && replays.size() < options.rounds() && (replays.isEmpty() || replays.get(0).finished())) {
            settle();
            replays.add(EngineWorkload.replay(engineFor.apply(database + "-1w"), size, limit));
        }
        Measurement replay = replays.isEmpty() ? Measurement.timedOut(0, limit) : Measurement.median(replays);
        return new Measurement[]{oneWriter, fourWriters, replay};
    }

    private static Measurement appendTo(MongoClient client, String database, Function<String, EventStorageEngine> engineFor,
                                        int size, int writers, Duration limit) throws Exception {
        client.getDatabase(database).drop();
        settle();
        return EngineWorkload.append(engineFor.apply(database), size, writers, limit);
    }

    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    private static EventStorageEngine ourEngine(MongoClient client, String database) {
        return MongoCommitEventStorageEngine.builder()
                                            .database(client.getDatabase(database))
                                            .hasher(new CommitHasher("benchmark-key-not-secret".getBytes(StandardCharsets.UTF_8)))
                                            .eventSerializer(SerializerConfiguration.storageSerializer())
                                            .snapshotSerializer(SerializerConfiguration.storageSerializer())
                                            .build();
    }

    private static EventStorageEngine stockEngine(MongoClient client, String database) {
        return MongoEventStorageEngine.builder()
                                      .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                                      .eventSerializer(SerializerConfiguration.storageSerializer())
                                      .snapshotSerializer(SerializerConfiguration.storageSerializer())
                                      .batchSize(100)
                                      .build();
    }

    private static String ratio(Measurement ours, Measurement stock) {
        if (stock == null) {
            return "";
        }
        if (!stock.finished()) {
            return ours.finished() ? "stock did not finish" : "";
        }
        return String.format("%.2f×", ours.perSecond() / stock.perSecond());
    }

    private void printTable() {
        String[] header = {"measurement", "events in store", "this engine (events/s)", "stock axon-mongo (events/s)", "ratio"};
        out.println();
        out.println("| " + String.join(" | ", header) + " |");
        out.println("|---|---:|---:|---:|---:|");
        rows.forEach(r -> out.println("| " + String.join(" | ", r) + " |"));
        if (ourResults.size() > 1) {
            Measurement[] small = ourResults.get(0);
            Measurement[] large = ourResults.get(ourResults.size() - 1);
            String[] names = {"append, 1 writer", "append, 4 writers", "replay"};
            out.println();
            out.printf("Cost per event of this engine at %,d events relative to %,d (goal: at most 1.5×):%n",
                       options.sizes().get(options.sizes().size() - 1), options.sizes().get(0));
            for (int i = 0; i < names.length; i++) {
                out.printf("  %-18s %.2f×%n", names[i], small[i].perSecond() / large[i].perSecond());
            }
        }
    }
}
