package io.careerhistory.infra.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PromptEventStreamsTest {

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore store = EmbeddedEventStore.builder().storageEngine(engine).build();
    // polls only once an hour: every call back within the test comes from a commit
    private final PromptEventStreams streams = new PromptEventStreams(Duration.ofHours(1));

    @AfterEach
    void close() {
        streams.close();
        store.shutDown();
    }

    @Test
    void aStreamIsCalledBackWhenEventsAreCommittedAndFindsThemThen() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = streams.over(store).openStream(null);
        Semaphore calledBack = new Semaphore(0);

        assertThat(stream.setOnAvailableCallback(calledBack::release)).as("supports call backs").isTrue();
        store.publish(GenericEventMessage.asEventMessage("hired"));

        assertThat(calledBack.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.hasNextAvailable(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("hired");
    }

    @Test
    void commitsInQuickSuccessionAreAnnouncedTogether() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = streams.over(store).openStream(null);
        Semaphore calledBack = new Semaphore(0);
        stream.setOnAvailableCallback(calledBack::release);

        for (int i = 0; i < 100; i++) {
            store.publish(GenericEventMessage.asEventMessage("hired " + i));
        }

        assertThat(calledBack.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(calledBack.availablePermits()).as("call backs for 100 commits").isLessThan(99);
        stream.close();
    }

    @Test
    void aCommitAfterTheStreamsAreClosedStillStands() {
        streams.over(store).openStream(null);
        streams.close();

        store.publish(GenericEventMessage.asEventMessage("hired while stopping"));

        assertThat(engine.readEvents(null, false).count()).isOne();
    }

    @Test
    void aClosedStreamIsNotCalledBackAnyMore() throws Exception {
        StreamableMessageSource<TrackedEventMessage<?>> source = streams.over(store);
        assertThat(streams.over(store)).as("one source a store").isSameAs(source);
        BlockingStream<TrackedEventMessage<?>> closed = source.openStream(null);
        BlockingStream<TrackedEventMessage<?>> open = source.openStream(null);
        Semaphore closedCalls = new Semaphore(0);
        Semaphore openCalls = new Semaphore(0);
        closed.setOnAvailableCallback(closedCalls::release);
        open.setOnAvailableCallback(openCalls::release);

        closed.close();
        store.publish(GenericEventMessage.asEventMessage("hired"));

        assertThat(openCalls.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(closedCalls.availablePermits()).isZero();
        open.close();
    }
}
