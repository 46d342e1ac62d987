package io.careerhistory.infra.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The replay's bounds: a read that never returns, as the stock engine's scan of a large store, must not hang it. */
class EngineWorkloadTest {

    private final CountDownLatch readMayReturn = new CountDownLatch(1);

    @AfterEach
    void releaseTheRead() {
        readMayReturn.countDown();
    }

    @Test
    void aReplayWhoseReadNeverReturnsEndsAsNotFinishedOnceItsStopWaitHasPassed() {
        EventStorageEngine stuck = new ReadThatBlocks(readMayReturn);

        Measurement replay = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EngineWorkload.replay(
                stuck, 10, Duration.ofMillis(300), Duration.ofMillis(500)));

        assertThat(replay.finished()).isFalse();
        // Axon's stream may hold back the last event read before the block while it looks for the next one.
        assertThat(replay.events()).as("handled before the read blocked")
                                   .isBetween(1L, (long) ReadThatBlocks.EVENTS_BEFORE_BLOCKING);
    }

    /**
     * An engine that streams a few events and then blocks in its read, deaf to interrupts as a socket read is, until
     * the test lets it go: the processor's own thread is then stuck in the read.
     */
    private record ReadThatBlocks(CountDownLatch mayReturn) implements EventStorageEngine {

        private static final int EVENTS_BEFORE_BLOCKING = 3;

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken token, boolean mayBlock) {
            long from = token == null ? 0 : token.position().orElse(0);
            return StreamSupport.stream(new Spliterators.AbstractSpliterator<TrackedEventMessage<?>>(Long.MAX_VALUE, 0) {
                private long next = from + 1;

                @Override
                public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
                    if (next > EVENTS_BEFORE_BLOCKING) {
                        awaitIgnoringInterrupts();
                        return false;
                    }
                    action.accept(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(next++),
                                                                   GenericEventMessage.asEventMessage(event())));
                    return true;
                }
            }, false);
        }

        private static EngineWorkload.BenchEvent event() {
            return new EngineWorkload.BenchEvent("a-1", "k8s-101", "Kubernetes Fundamentals", List.of("kubernetes"),
                                                 BigDecimal.ONE, LocalDate.of(2024, 3, 5));
        }

        private void awaitIgnoringInterrupts() {
            while (true) {
                try {
                    mayReturn.await();
                    return;
                } catch (InterruptedException e) {
                    // as a socket read: an interrupt does not end it
                }
            }
        }

        @Override
        public TrackingToken createTailToken() {
            return null; // before the first event
        }

        @Override
        public TrackingToken createHeadToken() {
            return null;
        }

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.empty();
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }
    }
}
