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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The event store's streams, for the pooled processors, with word of new events. A pooled processor that has caught up
 * looks for new events every 500 ms when its stream cannot call it back, and the embedded event store's streams cannot:
 * a command's effect reached the views a quarter of a second later on average. These streams call their processor back
 * when this node commits events, and every {@code poll} besides, for events other nodes commit: as before at worst, at
 * once when the writer is here. The store's own reader fetches a commit's events just after the commit, so a stream
 * told of one waits for them briefly when its processor next looks, instead of being told again and again.
 */
final class PromptEventStreams implements AutoCloseable {

    /** How long a stream told of a commit waits for the store's reader to fetch its events. */
    private static final int ANNOUNCED_WAIT_MILLIS = 100;
    /** Commits closer together than this are announced together. */
    private static final long ANNOUNCE_EVERY_MILLIS = 10;

    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean announcing = new AtomicBoolean();
    private final Map<EventStore, Source> sources = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "prompt-event-streams");
        thread.setDaemon(true);
        return thread;
    });

    PromptEventStreams(Duration poll) {
        timer.scheduleWithFixedDelay(() -> streams.forEach(Stream::callBack), poll.toMillis(), poll.toMillis(),
                                     TimeUnit.MILLISECONDS);
    }

    /** The store as a source whose streams are called back; tells them of every commit the store publishes. */
    StreamableMessageSource<TrackedEventMessage<?>> over(EventStore store) {
        return sources.computeIfAbsent(store, newStore -> { // one subscription, however many processors ask
            newStore.subscribe(events -> committed());
            return new Source(newStore);
        });
    }

    /**
     * Commits in quick succession are announced together, {@code ANNOUNCE_EVERY_MILLIS} apart at most: under a stream
     * of writes a processor then takes several events a look, as it did when it looked every 500 ms.
     */
    private void committed() {
        if (announcing.compareAndSet(false, true) && !timer.isShutdown()) {
            try {
                timer.schedule(() -> {
                    announcing.set(false);
                    streams.forEach(Stream::announce);
                }, ANNOUNCE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                // the application is stopping: the commit stands, and no processor is left to tell
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        streams.clear();
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
        private volatile boolean announced;

        private Stream(BlockingStream<TrackedEventMessage<?>> events) {
            this.events = events;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            streams.add(this);
            return true;
        }

        private void announce() {
            announced = true;
            callBack();
        }

        private void callBack() {
            Runnable registered = callback;
            if (registered != null) {
                registered.run();
            }
        }

        @Override
        public boolean hasNextAvailable() {
            if (!announced) {
                return events.hasNextAvailable();
            }
            announced = false;
            try {
                return events.hasNextAvailable(ANNOUNCED_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return events.peek();
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
            streams.remove(this);
            events.close();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            events.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }
    }
}
