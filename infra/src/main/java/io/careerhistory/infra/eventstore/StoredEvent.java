package io.careerhistory.infra.eventstore;

import org.bson.Document;

/**
 * One serialized event inside a stored commit. {@code aggregateId} and {@code type} are null for events without an
 * aggregate. The timestamp stays the ISO-8601 text it is stored and hashed as; it is parsed only when asked for.
 */
record StoredEvent(String eventId,
                   String aggregateId,
                   String type,
                   long sequence,
                   String timestamp,
                   String payloadType,
                   String payloadRevision,
                   String payload,
                   String metadata) {

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("aggregateId", aggregateId)
                .append("type", type)
                .append("seq", sequence)
                .append("timestamp", timestamp)
                .append("payloadType", payloadType)
                .append("payloadRevision", payloadRevision)
                .append("payload", payload)
                .append("metadata", metadata);
    }

    static StoredEvent fromDocument(Document d) {
        return new StoredEvent(d.getString("eventId"),
                               d.getString("aggregateId"),
                               d.getString("type"),
                               d.get("seq", Number.class).longValue(),
                               d.getString("timestamp"),
                               d.getString("payloadType"),
                               d.getString("payloadRevision"),
                               d.getString("payload"),
                               d.getString("metadata"));
    }

    boolean belongsTo(String aggregate) {
        return aggregate.equals(aggregateId);
    }

    String streamKey() {
        return StreamKeys.of(aggregateId, sequence);
    }
}
