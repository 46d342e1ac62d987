package io.careerhistory.infra.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Several writers append through two engines (two nodes) while a tracking processor reads through a third view of
 * the store. Each writer owns one aggregate and appends commits of one to three events.
 */
final class ConcurrentWriteScenario {

    record Note(String text) {
    }

    /** What the store holds, in its own order, and what the processor delivered, in delivery order. */
    record Outcome(List<String> stored, List<String> delivered, List<Object> deliveredTokens) {
        long missed() {
            return stored.stream().filter(id -> !delivered.contains(id)).count();
        }

        long duplicates() {
            return delivered.size() - delivered.stream().distinct().count();
        }
    }

    private final int writers;
    private final int commitsPerWriter;
    private final Duration pause;

    /** {@code pause} between a writer's commits lets the processor keep up, so that it is at the head when a stalled commit lands. */
    ConcurrentWriteScenario(int writers, int commitsPerWriter, Duration pause) {
        this.writers = writers;
        this.commitsPerWriter = commitsPerWriter;
        this.pause = pause;
    }

    int expectedEvents() {
        int perWriter = 0;
        for (int c = 0; c < commitsPerWriter; c++) {
            perWriter += 1 + c % 3;
        }
        return perWriter * writers;
    }

    /**
     * @param nodeFor  the engine writer w appends through (writers are spread over the nodes)
     * @param reader   the engine the processor tracks
     * @param settle   how long to wait for the processor to deliver everything once writing ended
     */
    Outcome run(Function<Integer, EventStorageEngine> nodeFor, EventStorageEngine reader, Duration settle) throws Exception {
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<Object> tokens = new CopyOnWriteArrayList<>();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(reader).build();
        TrackingEventProcessor processor = TrackingEventProcessor.builder()
                .name("probe")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(Note note, EventMessage<?> message) {
                        delivered.add(message.getIdentifier());
                        tokens.add(((TrackedEventMessage<?>) message).trackingToken());
                    }
                }).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                        .andBatchSize(50))
                .build();
        processor.start();
        try {
            writeConcurrently(nodeFor);
            long deadline = System.nanoTime() + settle.toNanos();
            while (delivered.size() < expectedEvents() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(200); // anything delivered twice would arrive now
        } finally {
            processor.shutDown();
            store.shutDown();
        }
        List<String> stored = reader.readEvents(null, false).map(EventMessage::getIdentifier).collect(Collectors.toList());
        return new Outcome(stored, List.copyOf(delivered), List.copyOf(tokens));
    }

    private void writeConcurrently(Function<Integer, EventStorageEngine> nodeFor) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    EventStorageEngine engine = nodeFor.apply(writer);
                    long seq = 0;
                    for (int c = 0; c < commitsPerWriter; c++) {
                        List<GenericDomainEventMessage<Note>> commit = new ArrayList<>();
                        for (int e = 0; e <= c % 3; e++) {
                            commit.add(new GenericDomainEventMessage<>("Probe", "writer-" + writer, seq++,
                                                                       new Note(writer + "/" + c + "/" + e),
                                                                       MetaData.with("actor", "writer-" + writer)));
                        }
                        engine.appendEvents(commit);
                        Thread.sleep(pause.toMillis());
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
