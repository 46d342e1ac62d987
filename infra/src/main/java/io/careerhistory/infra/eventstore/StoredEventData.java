package io.careerhistory.infra.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.time.Instant;

/** Adapts a stored event to Axon's serialized-event view, so Axon's upcasters and deserializers apply as usual. */
class StoredEventData implements TrackedEventData<String> {

    private final StoredEvent event;
    private final TrackingToken token;

    StoredEventData(StoredEvent event, TrackingToken token) {
        this.event = event;
        this.token = token;
    }

    static StoredEventData of(StoredEvent event, TrackingToken token) {
        return event.aggregateId() == null ? new StoredEventData(event, token) : new Domain(event, token);
    }

    StoredEvent event() {
        return event;
    }

    @Override
    public TrackingToken trackingToken() {
        return token;
    }

    @Override
    public String getEventIdentifier() {
        return event.eventId();
    }

    @Override
    public Instant getTimestamp() {
        return StoredTimestamps.parse(event.timestamp());
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return new SerializedMetaData<>(event.metadata(), String.class);
    }

    @Override
    public SerializedObject<String> getPayload() {
        return new SimpleSerializedObject<>(event.payload(), String.class, event.payloadType(), event.payloadRevision());
    }

    /** An event applied by an aggregate: Axon turns these into DomainEventMessages. */
    static final class Domain extends StoredEventData implements DomainEventData<String> {

        Domain(StoredEvent event, TrackingToken token) {
            super(event, token);
        }

        @Override
        public String getType() {
            return event().type();
        }

        @Override
        public String getAggregateIdentifier() {
            return event().aggregateId();
        }

        @Override
        public long getSequenceNumber() {
            return event().sequence();
        }
    }
}
