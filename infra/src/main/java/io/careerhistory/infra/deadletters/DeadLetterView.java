package io.careerhistory.infra.deadletters;

import org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEntry;
import org.axonframework.extensions.mongo.eventhandling.deadletter.DeadLetterEventEntry;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;

import java.time.Instant;

/**
 * One dead letter as an admin sees it: where it sits, which event it holds and why it failed. The event's payload is
 * left out: it may hold personal data, and the event id finds it in the store.
 */
public record DeadLetterView(String processingGroup, String sequenceIdentifier, long index, String eventId,
                             String eventType, String aggregateId, long aggregateSequenceNumber, Instant eventTime,
                             Instant enqueuedAt, Instant lastTouched, String causeType, String causeMessage) {

    static DeadLetterView of(DeadLetterEntry entry) {
        DeadLetterEventEntry event = entry.getMessage(EventEntryConfiguration.getDefault());
        return new DeadLetterView(entry.getProcessingGroup(), entry.getSequenceIdentifier(), entry.getIndex(),
                                  event.getEventIdentifier(), event.getPayload().getType().getName(),
                                  event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                                  entry.getEnqueuedAt(), entry.getLastTouched(), entry.getCauseType(),
                                  entry.getCauseMessage());
    }
}
