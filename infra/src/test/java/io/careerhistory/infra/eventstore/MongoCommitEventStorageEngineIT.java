package io.careerhistory.infra.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.axon.SerializerConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MongoCommitEventStorageEngineIT {

    record Note(String text) {
    }

    record ProbeV1(String fullName) {
    }

    record ProbeV2(String name) {
    }

    static final Duration HOLE_TIMEOUT = Duration.ofSeconds(2);

    private final RecordingCommandListener listener = new RecordingCommandListener();
    private EmbeddedMongoForTests mongo;
    private MongoClient client;
    private MongoDatabase database;
    private MongoCommitEventStorageEngine engine;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongoForTests();
        client = mongo.client(listener);
        database = client.getDatabase("engine-test");
        engine = engine(database, List.of());
    }

    @AfterEach
    void checkQueryShapesAndStop() {
        try {
            assertThat(QueryShapes.violations(listener.commands()))
                    .as("every command on the event collections is a key lookup, and nothing uses a transaction")
                    .isEmpty();
        } finally {
            client.close();
            mongo.close();
        }
    }

    static MongoCommitEventStorageEngine engine(MongoDatabase database, List<SingleEventUpcaster> upcasters) {
        return engine(database, upcasters, HOLE_TIMEOUT);
    }

    static MongoCommitEventStorageEngine engine(MongoDatabase database, List<SingleEventUpcaster> upcasters,
                                                Duration holeTimeout) {
        return builder(database, upcasters, holeTimeout).build();
    }

    private static MongoCommitEventStorageEngine.Builder builder(MongoDatabase database,
                                                                 List<SingleEventUpcaster> upcasters,
                                                                 Duration holeTimeout) {
        var serializer = SerializerConfiguration.storageSerializer();
        return MongoCommitEventStorageEngine.builder()
                                            .database(database)
                                            .hasher(EmbeddedMongoForTests.HASHER)
                                            .batchSize(8)
                                            .holeTimeout(holeTimeout)
                                            .eventSerializer(serializer)
                                            .snapshotSerializer(serializer)
                                            .upcasterChain(new org.axonframework.serialization.upcasting.event.EventUpcasterChain(upcasters));
    }

    static DomainEventMessage<?> event(String aggregate, long seq, Object payload) {
        return new GenericDomainEventMessage<>("Probe", aggregate, seq, payload,
                                               MetaData.with("actor", "alice").and("correlationId", "corr-1")
                                                       .and("causationId", "cause-1"));
    }

    private List<Object> payloadsOf(String aggregate) {
        return engine.readEvents(aggregate).asStream().map(EventMessage::getPayload).collect(Collectors.toList());
    }

    private static List<Object> payloads(List<TrackedEventMessage<?>> messages) {
        return messages.stream().map(m -> (Object) m.getPayload()).toList();
    }

    private List<TrackedEventMessage<?>> trackedFrom(org.axonframework.eventhandling.TrackingToken token) {
        return engine.readEvents(token, false).collect(Collectors.toList());
    }

    @Test
    void readsAnAggregateStreamLongerThanOneWindowInOrder() {
        for (int seq = 0; seq < 30; seq += 3) {
            engine.appendEvents(event("A", seq, new Note("a" + seq)), event("A", seq + 1, new Note("a" + (seq + 1))),
                                event("A", seq + 2, new Note("a" + (seq + 2))));
            engine.appendEvents(event("B", seq / 3, new Note("b" + seq / 3)));
        }

        assertThat(payloadsOf("A")).hasSize(30).first().isEqualTo(new Note("a0"));
        assertThat(payloadsOf("A")).last().isEqualTo(new Note("a29"));
        assertThat(engine.readEvents("A", 17).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(java.util.stream.LongStream.range(17, 30).boxed().toList());
        assertThat(engine.lastSequenceNumberFor("A")).contains(29L);
        assertThat(engine.lastSequenceNumberFor("unknown")).isEmpty();
    }

    @Test
    void storesTheActorAndCorrelationOnTheCommit() {
        engine.appendEvents(event("A", 0, new Note("x")));

        Document commit = database.getCollection("commits").find(eq("_id", 1L)).first();
        assertThat(commit.getString("actor")).isEqualTo("alice");
        assertThat(commit.getString("correlationId")).isEqualTo("corr-1");
        assertThat(commit.getString("causationId")).isEqualTo("cause-1");
        assertThat(commit.getList("previousHashes", String.class)).containsExactly(CommitHasher.GENESIS);
        assertThat(commit.get("hash", Binary.class).getData()).as("HMAC-SHA256").hasSize(32);
    }

    @Test
    void aCommitThatFailsHalfWayLeavesNothingVisible() {
        engine.appendEvents(event("A", 0, new Note("first")));

        // B:0 and B:1 are fine, A:0 collides: a store writing event by event would leave B's events behind.
        assertThatThrownBy(() -> engine.appendEvents(event("B", 0, new Note("b0")), event("B", 1, new Note("b1")),
                                                     event("A", 0, new Note("again"))))
                .isInstanceOf(ConcurrencyException.class);

        assertThat(payloadsOf("B")).isEmpty();
        assertThat(payloads(trackedFrom(null))).containsExactly(new Note("first"));
        engine.appendEvents(event("B", 0, new Note("b0")));
        assertThat(payloadsOf("B")).containsExactly(new Note("b0"));
    }

    @Test
    void twoNodesAppendingToTheSameVersionGetOneSuccessAndOneConcurrencyError() {
        try (MongoClient otherNode = mongo.client()) {
            MongoCommitEventStorageEngine other = engine(otherNode.getDatabase("engine-test"), List.of());
            engine.appendEvents(event("A", 0, new Note("hired")));

            engine.appendEvents(event("A", 1, new Note("from node 1")));
            assertThatThrownBy(() -> other.appendEvents(event("A", 1, new Note("from node 2"))))
                    .isInstanceOf(ConcurrencyException.class);

            assertThat(payloadsOf("A")).containsExactly(new Note("hired"), new Note("from node 1"));
            other.appendEvents(event("A", 2, new Note("node 2, after reloading")));
            assertThat(trackedFrom(null)).hasSize(3);
        }
    }

    @Test
    void parallelAppendsOnOneNodeEachStandOrFallAlone() throws Exception {
        engine.appendEvents(event("X", 0, new Note("x0")));
        int threads = 8;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            outcomes.add(pool.submit(() -> {
                start.await();
                // even threads race for X's next event; odd threads write their own aggregates
                String aggregate = thread % 2 == 0 ? "X" : "own-" + thread;
                long seq = thread % 2 == 0 ? 1 : 0;
                try {
                    engine.appendEvents(event(aggregate, seq, new Note("t" + thread)));
                    return "ok";
                } catch (ConcurrencyException e) {
                    return "conflict";
                }
            }));
        }
        List<String> results = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("ok"::equals).hasSize(5);
        assertThat(results).filteredOn("conflict"::equals).hasSize(3);
        assertThat(payloadsOf("X")).hasSize(2);
        assertThat(trackedFrom(null)).hasSize(6);
        assertThat(verifier().verify(p -> { }).intact()).isTrue();
    }

    @Test
    void aConflictFillsItsOwnPositionAtOnceSoReadersDoNotWaitForIt() {
        engine.appendEvents(event("A", 0, new Note("first")));
        assertThatThrownBy(() -> engine.appendEvents(event("A", 0, new Note("again"))))
                .isInstanceOf(ConcurrencyException.class);
        engine.appendEvents(event("B", 0, new Note("b0")));

        // read at once, well inside the hole timeout
        assertThat(payloads(trackedFrom(null))).containsExactly(new Note("first"), new Note("b0"));
        assertThat(commit(2).abortedReason()).contains("concurrent append");
        assertThat(commit(3).events()).hasSize(1);
        assertThat(verifier().verify(p -> { })).extracting(HashChainVerifier.Result::intact, HashChainVerifier.Result::aborted)
                                               .containsExactly(true, 1L);
    }

    @Test
    void aPositionWhoseWriterDiedIsFilledByAReaderAfterTheTimeoutAndReadingGoesOn() {
        MongoCommitEventStorageEngine impatient = engine(database, List.of(), Duration.ofMillis(200));
        impatient.appendEvents(event("A", 0, new Note("a0")));
        insertAsAnotherWriter(3, event("B", 0, new Note("b0"))); // the writer that claimed 2 never wrote it

        assertThat(payloadsTrackedBy(impatient)).containsExactly(new Note("a0"));
        sleep(300);
        assertThat(payloadsTrackedBy(impatient)).containsExactly(new Note("a0"), new Note("b0"));
        assertThat(commit(2).isAborted()).isTrue();
        assertThat(commit(2).events()).isEmpty();
        assertThat(verifier().verify(p -> { }).intact()).isTrue();
    }

    @Test
    void aWriterThatArrivesAfterItsPositionWasFilledWritesAtANewPositionAndIsReadOnce() throws Exception {
        try (MongoClient stallingNode = mongo.client(new StallingCommandListener("commits", 2, Duration.ofSeconds(1)))) {
            MongoCommitEventStorageEngine slow = engine(stallingNode.getDatabase("engine-test"), List.of());
            MongoCommitEventStorageEngine impatient = engine(database, List.of(), Duration.ofMillis(200));
            slow.appendEvents(event("X", 0, new Note("x0")));
            java.util.concurrent.CompletableFuture<Void> stalled = java.util.concurrent.CompletableFuture.runAsync(
                    () -> slow.appendEvents(event("B", 0, new Note("late"))));
            sleep(100);
            slow.appendEvents(event("C", 0, new Note("c0"))); // same node: lands above the stalled writer's position

            assertThat(payloadsTrackedBy(impatient)).containsExactly(new Note("x0"));
            sleep(300); // the hole is now older than the timeout: this read fills it
            assertThat(payloadsTrackedBy(impatient)).containsExactly(new Note("x0"), new Note("c0"));
            stalled.get(5, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(payloadsTrackedBy(impatient))
                    .containsExactly(new Note("x0"), new Note("c0"), new Note("late"));
            assertThat(commit(2).isAborted()).isTrue();
            assertThat(commit(4).events().get(0).aggregateId()).isEqualTo("B");
            assertThat(verifier().verify(p -> { }).intact()).isTrue();
        }
    }

    @Test
    void anAggregatesNextCommitIsPlacedAfterItsPreviousOneEvenWhenALowerPositionIsFree() {
        engine.appendEvents(event("X", 0, new Note("x0")));
        insertAsAnotherWriter(3, event("A", 0, new Note("a0"))); // position 2 is still being written by someone
        MongoCommitEventStorageEngine otherNode = engine(database, List.of());

        otherNode.appendEvents(event("A", 1, new Note("a1")));

        assertThat(commit(4).events().get(0).streamKey()).isEqualTo("A:1");
        assertThat(database.getCollection("commits").find(eq("_id", 2L)).first()).isNull();
    }

    /** A commit written at a position of our choosing, as a writer on another node would, with a valid hash. */
    private void insertAsAnotherWriter(long position, DomainEventMessage<?> event) {
        var serializer = SerializerConfiguration.storageSerializer();
        StoredEvent stored = new StoredEvent(event.getIdentifier(), event.getAggregateIdentifier(), event.getType(),
                                             event.getSequenceNumber(), event.getTimestamp().toString(),
                                             event.getPayloadType().getName(), null,
                                             serializer.serialize(event.getPayload(), String.class).getData(), "{}");
        StoredCommit commit = new StoredCommit(0, 0, event.getTimestamp().toString(), "bob", null, null,
                                               List.of(stored), List.of(), null, null)
                .at(position, position - 1, List.of(CommitHasher.GENESIS), EmbeddedMongoForTests.HASHER);
        StoreCollections.commits(database).insertOne(commit);
    }

    private static List<Object> payloadsTrackedBy(MongoCommitEventStorageEngine reader) {
        return reader.readEvents(null, false).map(m -> (Object) m.getPayload()).toList();
    }

    private StoredCommit commit(long position) {
        return StoreCollections.commits(database).find(eq("_id", position)).first();
    }

    private HashChainVerifier verifier() {
        return new HashChainVerifier(database, EmbeddedMongoForTests.HASHER, EmbeddedMongoForTests.checkpoints(database), 8,
                                     HOLE_TIMEOUT);
    }

    @Test
    void aTokenInTheMiddleOfACommitResumesWithTheRestOfIt() {
        engine.appendEvents(event("A", 0, new Note("a0")), event("A", 1, new Note("a1")), event("A", 2, new Note("a2")));
        engine.appendEvents(event("B", 0, new Note("b0")));

        List<TrackedEventMessage<?>> all = trackedFrom(null);
        assertThat(all).hasSize(4);
        assertThat(payloads(trackedFrom(all.get(0).trackingToken())))
                                                           .containsExactly(new Note("a1"), new Note("a2"), new Note("b0"));
        assertThat(all.get(3).trackingToken().position()).hasValue(3);
        // a processor replaying from the first event passes its position wrapped in a ReplayToken
        TrackingToken replay = ReplayToken.createReplayToken(all.get(3).trackingToken(), all.get(0).trackingToken());
        assertThat(payloads(trackedFrom(replay))).containsExactly(new Note("a1"), new Note("a2"), new Note("b0"));
        assertThat(engine.createHeadToken()).isEqualTo(all.get(3).trackingToken());
        assertThat(engine.createTailToken()).isNull();
    }

    @Test
    void readsTheGlobalStreamAcrossManyBatches() {
        for (int i = 0; i < 50; i++) {
            engine.appendEvents(event("A" + i, 0, new Note("n" + i)));
        }
        List<TrackedEventMessage<?>> all = trackedFrom(null);
        assertThat(all).hasSize(50);
        assertThat(all.get(49).getPayload()).isEqualTo(new Note("n49"));
        assertThat(trackedFrom(all.get(20).trackingToken())).hasSize(29);
    }

    @Test
    void readingAheadDeliversExactlyWhatReadingWhenAskedDoes() {
        for (int i = 0; i < 60; i++) {
            if (i % 7 == 0) {
                engine.appendEvents(event("M" + i, 0, new Note("m" + i)), event("M" + i, 1, new Note("m" + i + "'")));
            } else {
                engine.appendEvents(event("A" + i, 0, new Note("n" + i)));
            }
        }
        MongoCommitEventStorageEngine askingOnly = builder(database, List.of(), HOLE_TIMEOUT).readAheadBatches(0).build();

        List<TrackedEventMessage<?>> readAhead = trackedFrom(null);
        List<TrackedEventMessage<?>> asked = askingOnly.readEvents(null, false).collect(Collectors.toList());

        assertThat(readAhead).hasSize(69);
        assertThat(payloads(readAhead)).isEqualTo(payloads(asked));
        assertThat(readAhead.stream().map(TrackedEventMessage::trackingToken).toList())
                .isEqualTo(asked.stream().map(TrackedEventMessage::trackingToken).toList());
    }

    @Test
    void readingAheadStopsAtAHoleAndGoesOnOnceItIsFilled() {
        for (int i = 0; i < 30; i++) {
            engine.appendEvents(event("A" + i, 0, new Note("n" + i)));
        }
        insertAsAnotherWriter(33, event("C", 0, new Note("c"))); // 31 and 32 are still being written

        List<TrackedEventMessage<?>> beforeTheHole = trackedFrom(null);
        assertThat(beforeTheHole).hasSize(30);
        insertAsAnotherWriter(31, event("D", 0, new Note("d")));
        insertAsAnotherWriter(32, event("E", 0, new Note("e")));

        assertThat(payloads(trackedFrom(beforeTheHole.get(29).trackingToken())))
                .containsExactly(new Note("d"), new Note("e"), new Note("c"));
    }

    @Test
    void createsATokenAtAPointInTime() {
        engine.appendEvents(new GenericEventMessage<>(new Note("early")).withMetaData(MetaData.emptyInstance()));
        Instant between = Instant.now();
        sleep(5);
        engine.appendEvents(event("A", 0, new Note("late")));

        assertThat(payloads(trackedFrom(engine.createTokenAt(between))))
                                                              .containsExactly(new Note("late"));
        assertThat(trackedFrom(engine.createTokenAt(Instant.EPOCH))).hasSize(2);
    }

    @Test
    void storesAndReadsTheLatestSnapshot() {
        engine.appendEvents(event("A", 0, new Note("a0")), event("A", 1, new Note("a1")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Probe", "A", 0, new Note("state at 0")));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Probe", "A", 1, new Note("state at 1")));

        DomainEventMessage<?> snapshot = engine.readSnapshot("A").orElseThrow();
        assertThat(snapshot.getPayload()).isEqualTo(new Note("state at 1"));
        assertThat(snapshot.getSequenceNumber()).isEqualTo(1);
        assertThat(engine.readSnapshot("B")).isEmpty();
    }

    @Test
    void upcastsStoredEventsWhenReadingThem() {
        engine.appendEvents(event("A", 0, new ProbeV1("Ada Lovelace")));
        MongoCommitEventStorageEngine upcasting = engine(database, List.of(new ProbeV1ToV2()));

        assertThat(upcasting.readEvents("A").asStream().map(m -> (Object) m.getPayload()).toList())
                .containsExactly(new ProbeV2("Ada Lovelace"));
        assertThat(upcasting.readEvents(null, false).map(m -> (Object) m.getPayload()).toList())
                .containsExactly(new ProbeV2("Ada Lovelace"));
    }

    @Test
    void theHashChainRevealsAnEditEvenWhenTheEditorRecomputesTheHashesWithoutTheKey() {
        for (int i = 0; i < 20; i++) {
            engine.appendEvents(event("A", i, new Note("n" + i)));
        }
        HashChainVerifier verifier = verifier();
        assertThat(verifier.verify(p -> { }).intact()).isTrue();
        assertThat(verifier.verify(p -> { }).commitsVerified()).isEqualTo(20);

        MongoCollection<Document> commits = database.getCollection("commits");
        Document seventh = commits.find(eq("_id", 7L)).first();
        String payload = StoredCommitDocuments.events(seventh).get(0).getString("payload");
        commits.updateOne(eq("_id", 7L), set(StoredCommitDocuments.eventFieldPath(seventh, 0, "payload"),
                                             payload.replace("n6", "n7"))); // one byte changed

        HashChainVerifier.Result edited = verifier.verify(p -> { });
        assertThat(edited.intact()).isFalse();
        assertThat(edited.brokenAt()).isEqualTo(7);

        // The editor re-signs the whole chain, but with a key of their own.
        CommitHasher forger = new CommitHasher("not-the-real-key-0123".getBytes(StandardCharsets.UTF_8));
        String previous = CommitHasher.GENESIS;
        for (long position = 1; position <= 20; position++) {
            StoredCommit commit = StoreCollections.commits(database).find(eq("_id", position)).first();
            StoredCommit resigned = commit.at(position, commit.firstGlobalIndex(), List.of(previous), forger);
            commits.updateOne(eq("_id", position),
                              combine(set("previousHashes", List.of(previous)), set("hash", resigned.hash())));
            previous = resigned.hash();
        }
        assertThat(new HashChainVerifier(database, forger, new StoreCheckpoints(database, forger, 8, Clock.systemUTC()), 8,
                                           HOLE_TIMEOUT).verify(p -> { }).intact()).isTrue();
        assertThat(verifier.verify(p -> { }).brokenAt()).isEqualTo(1);
    }

    @Test
    void eventsWithoutAnAggregateAreTrackedButBelongToNoStream() {
        engine.appendEvents(new GenericEventMessage<>(new Note("system notice")));
        assertThat(payloads(trackedFrom(null))).containsExactly(new Note("system notice"));
        assertThat(trackedFrom(null).get(0)).isNotInstanceOf(DomainEventMessage.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Renames the type and its field, as a real schema change would. */
    static final class ProbeV1ToV2 extends SingleEventUpcaster {
        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(ProbeV1.class.getName());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(ProbeV2.class.getName(), "2"), JsonNode.class,
                                                node -> {
                                                    ObjectNode object = (ObjectNode) node;
                                                    object.set("name", object.remove("fullName"));
                                                    return object;
                                                });
        }
    }

    static String randomId() {
        return UUID.randomUUID().toString();
    }
}
