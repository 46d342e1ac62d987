package io.careerhistory.infra.projections;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Feeds events from the store, in order, to a view's own fresh handlers (not its live processor): the handlers write
 * to fresh collections, so the live view is untouched. Remembers how far it got, so it can be resumed to the head.
 */
final class ViewReplay {

    private final EventStorageEngine store;
    private final List<AnnotationEventHandlerAdapter> handlers;
    private TrackingToken reached;
    private long replayed;

    ViewReplay(EventStorageEngine store, List<Object> handlers) {
        this.store = store;
        this.handlers = handlers.stream()
                                .map(h -> new AnnotationEventHandlerAdapter(h, ClasspathParameterResolverFactory.forClass(h.getClass())))
                                .toList();
    }

    /** Replays what the store holds after where this got to, telling {@code onPosition} each event's position. */
    void toHead(LongConsumer onPosition) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(reached, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext()) {
                TrackedEventMessage<?> event = iterator.next();
                apply(event);
                reached = event.trackingToken();
                replayed++;
                onPosition.accept(event.trackingToken().position().orElse(-1));
            }
        }
    }

    private void apply(EventMessage<?> event) {
        for (AnnotationEventHandlerAdapter handler : handlers) {
            if (handler.canHandle(event)) {
                DefaultUnitOfWork.startAndGet(event).execute(() -> {
                    try {
                        handler.handle(event);
                    } catch (Exception e) {
                        throw new IllegalStateException("Rebuilding failed at event " + event.getIdentifier() + " ("
                                                                + event.getPayloadType().getSimpleName() + "): " + e.getMessage(), e);
                    }
                });
            }
        }
    }

    TrackingToken reached() {
        return reached;
    }

    long replayed() {
        return replayed;
    }
}
