package io.careerhistory.infra.eventstore;

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

    boolean belongsTo(String aggregate) {
        return aggregate.equals(aggregateId);
    }

    String streamKey() {
        return StreamKeys.of(aggregateId, sequence);
    }
}
