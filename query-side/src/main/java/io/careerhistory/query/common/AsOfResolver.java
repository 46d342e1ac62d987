package io.careerhistory.query.common;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Turns the two time parameters of a query into an {@link AsOf}: {@code asOf} a business date, {@code knownAt} a
 * recorded moment (an ISO instant, or a date meaning the end of that day, UTC), found as a store position.
 */
@Component
public class AsOfResolver {

    private final RecordedHistory history;

    public AsOfResolver(RecordedHistory history) {
        this.history = history;
    }

    public AsOf resolve(LocalDate asOf, String knownAt) {
        if (knownAt == null || knownAt.isBlank()) {
            return new AsOf(asOf, null, null);
        }
        Instant moment = moment(knownAt);
        return new AsOf(asOf, history.lastPositionRecordedBy(moment), moment);
    }

    private static Instant moment(String knownAt) {
        try {
            if (knownAt.length() == 10) {
                return LocalDate.parse(knownAt).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            }
            return Instant.parse(knownAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'knownAt' must be an ISO instant (2025-06-30T12:00:00Z) or date: " + knownAt);
        }
    }
}
