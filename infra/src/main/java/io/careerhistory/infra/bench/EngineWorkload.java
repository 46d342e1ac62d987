package io.careerhistory.infra.bench;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the benchmark does to an engine: appends career-sized events, one per commit as commands do, each writer to
 * its own aggregates; and replays the whole store through a tracking processor.
 */
final class EngineWorkload {

    /** Shaped like a course completion, so that document sizes are realistic. */
    record BenchEvent(String employeeId, String courseId, String title, List<String> skills, BigDecimal hours,
                      LocalDate completedOn) {
    }

    private static final int EVENTS_PER_AGGREGATE = 50;
    private static final Duration STOP_WAIT = Duration.ofMinutes(1);

    private EngineWorkload() {
    }

    static Measurement append(EventStorageEngine engine, int events, int writers, Duration limit) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicLong written = new AtomicLong();
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                int share = events / writers + (w < events % writers ? 1 : 0);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < share && System.nanoTime() < deadline; i++) {
                        String aggregate = "w" + writer + "-a" + i / EVENTS_PER_AGGREGATE;
                        engine.appendEvents(new GenericDomainEventMessage<>(
                                "EmployeeCareer", aggregate, i % EVENTS_PER_AGGREGATE,
                                new BenchEvent(aggregate, "course-" + i, "Kubernetes Fundamentals, part " + i,
                                               List.of("kubernetes", "containers"), BigDecimal.valueOf(6),
                                               LocalDate.of(2024, 1, 1).plusDays(i % 365)),
                                MetaData.with("actor", "bench-" + writer).and("correlationId", "c-" + i)));
                        written.incrementAndGet();
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
        long took = System.nanoTime() - start;
        return written.get() < events ? Measurement.timedOut(written.get(), limit) : Measurement.of(events, took);
    }

    static Measurement replay(EventStorageEngine engine, int events, Duration limit) throws InterruptedException {
        return replay(engine, events, limit, STOP_WAIT);
    }

    /**
     * Replays until {@code events} were handled or {@code limit} passed, then stops the processor, waiting at most
     * {@code stopWait} for it: a processor stops only when its read in progress returns, and one stock read of a large
     * store scans for minutes. One that does not stop in time is left to stop on its own threads, which are daemons.
     */
    static Measurement replay(EventStorageEngine engine, int events, Duration limit, Duration stopWait)
            throws InterruptedException {
        AtomicLong seen = new AtomicLong();
        AtomicLong firstEventAt = new AtomicLong();
        AtomicLong lastEventAt = new AtomicLong();
        EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
        ScheduledExecutorService threads = Executors.newScheduledThreadPool(2, EngineWorkload::daemon);
        // The same kind of processor the application runs its projections in (pooled streaming), one segment.
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("bench-replay")
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Object() {
                    @EventHandler
                    void on(BenchEvent event) {
                        long handled = seen.incrementAndGet();
                        if (handled == 1) {
                            firstEventAt.set(System.nanoTime());
                        }
                        if (handled == events) {
                            lastEventAt.set(System.nanoTime());
                        }
                    }
                }).build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(threads)
                .workerExecutor(threads)
                .initialSegmentCount(1)
                .batchSize(100)
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        processor.start();
        try {
            while (seen.get() < events && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        } finally {
            stop(processor, store, threads, stopWait);
        }
        // Timed from the first event handled to the last: the processor's start-up (claiming its segment) and its
        // shut-down (waiting for its threads) are not replay work.
        long took = lastEventAt.get() - firstEventAt.get();
        return seen.get() < events ? Measurement.timedOut(seen.get(), limit) : Measurement.of(events, took);
    }

    private static void stop(PooledStreamingEventProcessor processor, EmbeddedEventStore store,
                             ExecutorService threads, Duration stopWait) throws InterruptedException {
        try {
            processor.shutdownAsync().thenRun(store::shutDown).thenRun(threads::shutdown)
                     .get(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.err.printf("bench: the replay's processor had not stopped %.1f s after it was asked to, waiting for "
                              + "its engine's read; it is left to stop in the background, where that read still loads "
                              + "the server, and its error when the run closes the connection at the end is expected%n",
                              stopWait.toMillis() / 1000.0);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the replay's processor failed to stop", e.getCause());
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "bench-replay");
        thread.setDaemon(true);
        return thread;
    }
}
