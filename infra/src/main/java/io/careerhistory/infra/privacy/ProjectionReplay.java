package io.careerhistory.infra.privacy;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rebuilds every view from the first event: each streaming processor that supports a reset (every projection; not
 * the sagas and policies, whose handlers act instead of record) is stopped, reset (its reset handler empties its
 * collections) and started again, and this waits until all have caught up with the store.
 * The tokens must not be claimed by another node while this runs (ADR 0015).
 */
@Component
public class ProjectionReplay {

    private static final Duration POLL = Duration.ofMillis(100);

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<TrackedEventMessage<?>> store;

    ProjectionReplay(EventProcessingConfiguration processing, EventStore store) {
        this.processing = processing;
        this.store = store;
    }

    /** The names of the processors replayed, and whether they had all caught up within {@code timeout}. */
    public Result replayAll(Duration timeout) throws InterruptedException {
        Map<String, StreamingEventProcessor> views = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                views.put(name, streaming);
            }
        });
        TrackingToken head = store.createHeadToken();
        for (StreamingEventProcessor view : views.values()) {
            view.shutdownAsync().join();
            view.resetTokens();
            view.start();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!views.values().stream().allMatch(view -> reached(view, head))) {
            if (System.nanoTime() > deadline) {
                return new Result(List.copyOf(views.keySet()), false);
            }
            Thread.sleep(POLL.toMillis());
        }
        return new Result(List.copyOf(views.keySet()), true);
    }

    /**
     * Every segment has passed the head the store had when the replay began. (Axon calls a segment "replaying" until
     * it sees an event beyond that head, which may never come, so that flag cannot tell.)
     */
    private static boolean reached(StreamingEventProcessor processor, TrackingToken head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return !segments.isEmpty() && segments.stream().allMatch(s -> !s.isErrorState() && s.getTrackingToken() != null
                && (head == null || WrappedToken.unwrapLowerBound(s.getTrackingToken()).covers(head)));
    }

    public record Result(List<String> processors, boolean caughtUp) {
    }
}
