package io.careerhistory.infra.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event as exported: where it stands in the store, what it is, whose, who recorded it and when, and its payload.
 * For analysts the people in it are pseudonyms and its personal fields are left out.
 */
public record ExportedEvent(long position, String eventId, String type, String aggregateType, String aggregateId,
                            long sequence, Instant recordedAt, String subject, String actor, JsonNode payload) {
}
