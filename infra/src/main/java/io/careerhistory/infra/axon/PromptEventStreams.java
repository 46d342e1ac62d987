package io.careerhistory.infra.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The event store's streams, for the pooled processors, with word of new events. A pooled processor that has caught up
 * looks for new events every 500 ms when its stream cannot call it back, and the embedded event store's streams cannot:
 * a command's effect reached the views a quarter of a second later on average. These streams call their processor back
 * when this node commits events (again shortly after, as the store's own reader fetches them after the commit) and every
 * {@code poll} besides, for events other nodes commit: as before at worst, at once when the writer is here.
 */
final class PromptEventStreams implements AutoCloseable {

    /** After a commit here, when to call back again: the store's reader may not have fetched the events at first. */
    private static final long[] AGAIN_AFTER_MILLIS = {5, 25, 100};

    private final Set<Runnable> callbacks = ConcurrentHashMap.newKeySet();
    private final Map<EventStore, Source> sources = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prompt-event-streams");
        thread.setDaemon(true);
        return thread;
    });

    PromptEventStreams(Duration poll) {
        timer.scheduleWithFixedDelay(this::callBack, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The store as a source whose streams are called back; tells them of every commit the store publishes. */
    StreamableMessageSource<TrackedEventMessage<?>> over(EventStore store) {
        return sources.computeIfAbsent(store, newStore -> { // one subscription, however many processors ask
            newStore.subscribe(events -> committed());
            return new Source(newStore);
        });
    }

    private void committed() {
        callBack();
        for (long delay : AGAIN_AFTER_MILLIS) {
            timer.schedule(this::callBack, delay, TimeUnit.MILLISECONDS);
        }
    }

    private void callBack() {
        callbacks.forEach(Runnable::run);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        callbacks.clear();
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final EventStore store;

        private Source(EventStore store) {
            this.store = store;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken token) {
            return new Stream(store.openStream(token));
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return store.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return store.createTokenSince(duration);
        }
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {

        private final BlockingStream<TrackedEventMessage<?>> events;
        private volatile Runnable callback;

        private Stream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            Runnable before = this.callback;
            if (before != null) {
                callbacks.remove(before);
            }
            this.callback = callback;
            callbacks.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
        }

        @Override
        public boolean hasNextAvailable() {
            return events.hasNextAvailable();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return events.hasNextAvailable(timeout, unit);
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return events.nextAvailable();
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                callbacks.remove(registered);
            }
            events.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }
    }
}
