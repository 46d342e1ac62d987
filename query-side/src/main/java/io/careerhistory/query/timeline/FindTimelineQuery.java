package io.careerhistory.query.timeline;

import io.careerhistory.query.common.AsOf;

import java.time.LocalDate;
import java.util.Set;

/**
 * {@code kinds} empty means every kind; {@code from} and {@code to} are inclusive business dates, either may be null;
 * {@code asOf} asks for the timeline as it stood then ({@link AsOf#NOW} for today's).
 */
public record FindTimelineQuery(String employeeId, Set<TimelineKind> kinds, LocalDate from, LocalDate to, String cursor,
                                int limit, AsOf asOf) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public FindTimelineQuery(String employeeId, Set<TimelineKind> kinds, LocalDate from, LocalDate to, String cursor,
                             int limit) {
        this(employeeId, kinds, from, to, cursor, limit, AsOf.NOW);
    }

    public FindTimelineQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        asOf = asOf == null ? AsOf.NOW : asOf;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null) {
            TimelineCursor.decode(cursor); // reject a foreign cursor here, as a bad request
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }
}
