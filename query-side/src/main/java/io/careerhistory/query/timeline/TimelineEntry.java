package io.careerhistory.query.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

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

    /**
     * The detail that holds the own name of what an entry opens (a goal's title, a pod's name), so that its later
     * steps can say which one they concern.
     */
    public static final String NAME = "name";

    public TimelineEntry(String eventId, TimelineKind kind, LocalDate occurredOn, long sequence, String title,
                         Map<String, Object> details, Map<String, String> refs) {
        this(eventId, kind.name(), occurredOn, sequence, title, details, refs);
    }

    /** This entry under another title. */
    TimelineEntry titled(String newTitle) {
        return new TimelineEntry(eventId, kind, occurredOn, sequence, newTitle, details, refs);
    }

    /** This entry, its title followed by the name of what it concerns, when there is one. */
    TimelineEntry naming(Optional<String> name) {
        return name.map(n -> new TimelineEntry(eventId, kind, occurredOn, sequence, title + ": " + n, details, refs))
                   .orElse(this);
    }
}
