package io.careerhistory.infra.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code java -jar career-history.jar bench}: measures this project's event store against the stock axon-mongo
 * engine on the same embedded server, at two store sizes, and prints one table.
 */
public final class BenchmarkCommand {

    public static final String USAGE = """
            usage: java -jar career-history.jar bench [options]
            The event store benchmark (about 30 minutes): appends with 1 and 4 writers and a full replay, for this
            engine and the stock axon-mongo engine, at each store size, beside the raw driver's ceiling, as a table.
              --sizes=N[,N...]       store sizes in events (default 10000,200000)
              --stock-timeout=SECONDS  how long the stock engine gets for a size (default 600)
              --backend=memory|file  the embedded server's backend (default memory)
              --no-stock             this engine only
              --rounds=N             timed rounds; each figure is their median (default 3)
              --warm-up=N            untimed rounds first, 0 for none (default 6)
            A quick look: --sizes=10000,50000 --stock-timeout=60 --rounds=1. Exit 0 done, 1 failed, 2 a bad option.
            """;

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
        return run(args, System.out);
    }

    static int run(String[] args, PrintStream out) {
        try {
            BenchmarkOptions options = BenchmarkOptions.parse(args);
            new BenchmarkCommand(options, out).runAll();
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

    private static final int WARM_UP_EVENTS = 20_000;
    private static final int WARM_UP_READS_PER_ROUND = 4;
    private static final int READS_PER_ROUND = 3;
    private static final int MIN_APPENDS_PER_ROUND = 30_000;
    private static final int MAX_APPEND_PAIRS_PER_ROUND = 3;

    /**
     * Reads and replays are short (a 10k replay takes some 70 ms), so one young collection of the shared heap can halve
     * a run: each round measures them {@link #READS_PER_ROUND} times, and each time the ceiling reads and our replay go
     * one after the other, so that whatever the machine does meanwhile falls on both alike.
     */
    private void measureSize(MongoClient client, int size) throws Exception {
        String n = String.format("%,d", size);
        out.printf("... %s events%n", n);
        Engine ours = ours(client, "bench-ours-" + size);
        Engine stock = options.includeStock() ? stock(client, "bench-stock-" + size) : null;
        measureAppends(client, ours, stock, size);
        MongoDatabase ourStore = client.getDatabase(ours.database + "-1w");
        List<Measurement> rawInserts = new ArrayList<>();
        Map<CeilingRead, List<Measurement>> reads = new HashMap<>();
        for (int round = 0; round < options.rounds(); round++) {
            settle();
            rawInserts.add(RawDriverCeiling.insertCopiesOf(RawDriverCeiling.commitsOf(ourStore),
                                                           RawDriverCeiling.copiesIn(ourStore), size));
            for (int read = 0; read < READS_PER_ROUND; read++) {
                for (CeilingRead way : CeilingRead.ALL) {
                    settle();
                    reads.computeIfAbsent(way, k -> new ArrayList<>()).add(way.of(ourStore, size));
                }
                ours.replayOnce(size);
            }
            RawDriverCeiling.copiesIn(ourStore).drop(); // each round inserts its own copies
        }
        ourStore.drop();
        if (stock != null) {
            stock.replay(size, options.rounds());
            client.getDatabase(stock.database + "-1w").drop();
        }
        ourResults.add(ours.medians());
        addEngineRows(n, ours, stock);
        rows.add(new String[]{"raw driver insert of the same documents (ceiling)", n, Measurement.summary(rawInserts),
                "", ""});
        List<String[]> shares = new ArrayList<>();
        String howMany = "one batch at a time / " + RawDriverCeiling.BATCHES_AT_ONCE + " at once";
        for (boolean decoded : new boolean[]{false, true}) {
            List<Measurement> one = reads.get(new CeilingRead(decoded, 1));
            List<Measurement> several = reads.get(new CeilingRead(decoded, RawDriverCeiling.BATCHES_AT_ONCE));
            String kind = decoded ? "decoded" : "raw BSON";
            rows.add(new String[]{"raw driver _id $in read of the same documents, " + kind + " (ceiling), " + howMany, n,
                    Measurement.summary(one) + " / " + Measurement.summary(several), "", ""});
            shares.add(new String[]{"replay as share of the " + kind + " read ceiling, " + howMany + " (goal ≥ 50%)", n,
                    share(ours.replays, one) + " / " + share(ours.replays, several), "", ""});
        }
        rows.addAll(shares);
    }

    private void addEngineRows(String n, Engine ours, Engine stock) {
        String[] names = {"append, 1 writer", "append, 4 writers", "replay through a streaming processor"};
        List<List<Measurement>> oursRuns = ours.runs();
        List<List<Measurement>> stockRuns = stock == null ? null : stock.runs();
        for (int i = 0; i < names.length; i++) {
            rows.add(new String[]{names[i], n, Measurement.summary(oursRuns.get(i)),
                    stockRuns == null ? "not run" : Measurement.summary(stockRuns.get(i)),
                    stockRuns == null ? "" : ratio(oursRuns.get(i), stockRuns.get(i), i < 2)});
        }
    }

    /** One way the ceiling reads: as raw BSON or decoded into Documents, with how many batches on their way at once. */
    private record CeilingRead(boolean decoded, int atOnce) {
        static final List<CeilingRead> ALL = List.of(new CeilingRead(false, 1), new CeilingRead(true, 1),
                new CeilingRead(false, RawDriverCeiling.BATCHES_AT_ONCE),
                new CeilingRead(true, RawDriverCeiling.BATCHES_AT_ONCE));

        /** Reads this way the first {@code documents} copies of the commits in {@code store}. */
        Measurement of(MongoDatabase store, int documents) throws Exception {
            MongoCollection<?> copies = decoded ? RawDriverCeiling.decodedCopiesIn(store) : RawDriverCeiling.copiesIn(store);
            return RawDriverCeiling.keyLookupRead(copies, documents, atOnce);
        }
    }

    /**
     * Each round appends with both engines, four writers then one, and the engine that goes first alternates, so that
     * neither is favoured by what the shared JVM and server did just before. A small store is appended several times
     * a round ({@link #appendPairsPerRound}). The last single-writer store is kept for the replays.
     */
    private void measureAppends(MongoClient client, Engine ours, Engine stock, int size) throws Exception {
        int pairs = options.rounds() * appendPairsPerRound(size);
        for (int pair = 0; pair < pairs; pair++) {
            List<Engine> order = new ArrayList<>();
            order.add(ours);
            if (stock != null) {
                order.add(pair % 2 == 0 ? order.size() : 0, stock);
            }
            for (Engine engine : order) {
                engine.fourWriterRuns.add(appendTo(client, engine, "-4w", size, 4));
                client.getDatabase(engine.database + "-4w").drop();
            }
            for (Engine engine : order) {
                engine.oneWriterRuns.add(appendTo(client, engine, "-1w", size, 1));
            }
        }
    }

    /**
     * Appends of a small store take a second or two, and the single writer's rate varies by a third from one to the
     * next (how fast idle cores wake): ten pairs of 10k single-writer appends ranged 0.82-1.33× between the two
     * engines. So each round appends {@link #MIN_APPENDS_PER_ROUND} events per engine and writer count, in at most
     * {@link #MAX_APPEND_PAIRS_PER_ROUND} pairs of runs: three pairs a round at 10k, one at 200k.
     */
    static int appendPairsPerRound(int size) {
        return Math.min(MAX_APPEND_PAIRS_PER_ROUND, Math.max(1, (MIN_APPENDS_PER_ROUND + size - 1) / size));
    }

    private Engine ours(MongoClient client, String database) {
        return new Engine(database, OUR_LIMIT, db -> ourEngine(client, db));
    }

    private Engine stock(MongoClient client, String database) {
        return new Engine(database, options.stockTimeout(), db -> stockEngine(client, db));
    }

    /** One engine's runs at one store size. */
    private static final class Engine {
        final String database;
        final Duration limit;
        final Function<String, EventStorageEngine> factory;
        final List<Measurement> fourWriterRuns = new ArrayList<>();
        final List<Measurement> oneWriterRuns = new ArrayList<>();
        final List<Measurement> replays = new ArrayList<>();

        Engine(String database, Duration limit, Function<String, EventStorageEngine> factory) {
            this.database = database;
            this.limit = limit;
            this.factory = factory;
        }

        /** Replays the last single-writer store {@code rounds} times, or until a replay does not finish. */
        void replay(int size, int rounds) throws InterruptedException {
            while (stored() && replays.size() < rounds && (replays.isEmpty() || replays.get(0).finished())) {
                replayOnce(size);
            }
        }

        /** Replays the last single-writer store once, if it was written whole. */
        void replayOnce(int size) throws InterruptedException {
            if (stored()) {
                settle();
                replays.add(EngineWorkload.replay(factory.apply(database + "-1w"), size, limit));
            }
        }

        private boolean stored() {
            return oneWriterRuns.get(oneWriterRuns.size() - 1).finished();
        }

        /** Every run of each phase: one writer, four writers, replay. */
        List<List<Measurement>> runs() {
            return List.of(oneWriterRuns, fourWriterRuns,
                           replays.isEmpty() ? List.of(Measurement.timedOut(0, limit)) : replays);
        }

        Measurement[] medians() {
            return runs().stream().map(Measurement::median).toArray(Measurement[]::new);
        }
    }

    /**
     * The embedded server runs in this JVM, so a timed phase would otherwise pay for compiling its code and the
     * engine's: on 2 cores four writers ran 3,900 events/s in a cold JVM and settled near 19,000/s only after some
     * 120,000 appends. Both engines are warmed alike and in turn, appends with both writer counts, then replays; the
     * stock engine's replay scans, so it is warmed with fewer events. The raw driver's inserts and reads are warmed too:
     * the first ceiling, at 10k events, was otherwise measured cold (81,000 reads/s, against 141,000 at 200k).
     * Reading settles later than appending: replays of a 10k store ran 90,000 events/s after 150,000 events read and
     * 135,000-155,000/s only after some 200,000, so each round replays its store, and reads the ceiling, several times.
     */
    private void warmUp(MongoClient client) throws Exception {
        out.println("... warming up");
        Engine ours = ours(client, "bench-warmup-ours");
        Engine stock = stock(client, "bench-warmup-stock");
        for (int round = 0; round < options.warmUpRounds(); round++) {
            warmUp(ours, WARM_UP_EVENTS / 2);
            warmUpCeiling(client.getDatabase(ours.database)); // measured on copies of our commits
            drop(client, ours);
            if (options.includeStock()) {
                warmUp(stock, round == 0 ? WARM_UP_EVENTS / 20 : 0);
                drop(client, stock);
            }
        }
    }

    private static void warmUp(Engine engine, int replayEvents) throws Exception {
        // replayEvents: at most the WARM_UP_EVENTS / 2 appended by the single writer
        EngineWorkload.append(engine.factory.apply(engine.database + "-4w"), WARM_UP_EVENTS, 4, engine.limit);
        EngineWorkload.append(engine.factory.apply(engine.database), WARM_UP_EVENTS / 2, 1, engine.limit);
        for (int read = 0; replayEvents > 0 && read < WARM_UP_READS_PER_ROUND; read++) {
            EngineWorkload.replay(engine.factory.apply(engine.database), replayEvents, engine.limit);
        }
    }

    private static void warmUpCeiling(MongoDatabase store) throws Exception {
        RawDriverCeiling.insertCopiesOf(RawDriverCeiling.commitsOf(store), RawDriverCeiling.copiesIn(store),
                                        WARM_UP_EVENTS / 2);
        for (int read = 0; read < WARM_UP_READS_PER_ROUND; read++) {
            for (CeilingRead way : CeilingRead.ALL) {
                way.of(store, WARM_UP_EVENTS / 2);
            }
        }
    }

    private static void drop(MongoClient client, Engine engine) {
        client.getDatabase(engine.database + "-4w").drop();
        client.getDatabase(engine.database).drop();
    }

    /** Appends {@code size} events to a fresh store named after the engine and {@code suffix}. */
    private static Measurement appendTo(MongoClient client, Engine engine, String suffix, int size, int writers)
            throws Exception {
        String database = engine.database + suffix;
        client.getDatabase(database).drop();
        settle();
        return EngineWorkload.append(engine.factory.apply(database), size, writers, engine.limit);
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

    /**
     * The median replay's share of the median ceiling read, and in brackets the range of the shares of each replay and
     * the ceiling read just before it.
     */
    private static String share(List<Measurement> replays, List<Measurement> ceilings) {
        String median = String.format("%.0f%%", 100 * Measurement.median(replays).perSecond()
                                                 / Measurement.median(ceilings).perSecond());
        if (replays.size() < 2 || replays.size() != ceilings.size() || !allFinished(replays)) {
            return median;
        }
        return median + " (" + Measurement.range(pairedRatios(replays, ceilings, 100), "%.0f") + "%)";
    }

    /**
     * The ratio of the medians; for appends, whose rounds pair up (both engines, one after the other), in brackets the
     * range of the ratios within a round.
     */
    private static String ratio(List<Measurement> ours, List<Measurement> stock, boolean paired) {
        Measurement oursMedian = Measurement.median(ours);
        Measurement stockMedian = Measurement.median(stock);
        if (!stockMedian.finished()) {
            return oursMedian.finished() ? "stock did not finish" : "";
        }
        String ratio = String.format("%.2f×", oursMedian.perSecond() / stockMedian.perSecond());
        if (!paired || ours.size() < 2 || ours.size() != stock.size() || !allFinished(ours) || !allFinished(stock)) {
            return ratio;
        }
        return ratio + " (" + Measurement.range(pairedRatios(ours, stock, 1), "%.2f") + "×)";
    }

    private static boolean allFinished(List<Measurement> runs) {
        return runs.stream().allMatch(Measurement::finished);
    }

    private static double[] pairedRatios(List<Measurement> a, List<Measurement> b, double scale) {
        double[] ratios = new double[a.size()];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = scale * a.get(i).perSecond() / b.get(i).perSecond();
        }
        return ratios;
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
