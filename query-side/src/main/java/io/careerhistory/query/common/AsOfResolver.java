package io.careerhistory.query.common;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;

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

    /** A date means the end of that day: its last instant, so that "known at" includes all of it. */
    private static Instant moment(String knownAt) {
        Instant moment = Moments.parse("knownAt", knownAt, true);
        return Moments.isDate(knownAt) ? moment.minusNanos(1) : moment;
    }
}
