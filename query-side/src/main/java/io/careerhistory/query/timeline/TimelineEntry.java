package io.careerhistory.query.timeline;

import java.time.LocalDate;
import java.util.Map;

/**
 * One fact on an employee's timeline. {@code sequence} is the event's position in the whole store: it orders facts of
 * the same day as they were recorded, across aggregates (a mentorship beside the career), and tells them apart;
 * {@code refs} holds the ids the fact refers to (a course, a mentor, a rotation team, a case).
 */
public record TimelineEntry(String eventId,
                            String kind,
                            LocalDate occurredOn,
                            long sequence,
                            String title,
                            Map<String, Object> details,
                            Map<String, String> refs) {

    public TimelineEntry(String eventId, TimelineKind kind, LocalDate occurredOn, long sequence, String title,
                         Map<String, Object> details, Map<String, String> refs) {
        this(eventId, kind.name(), occurredOn, sequence, title, details, refs);
    }
}
