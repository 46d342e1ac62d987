package io.careerhistory.query.timeline;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;

/** An opaque position in a timeline: the business date and sequence of the last entry already returned. */
record TimelineCursor(LocalDate occurredOn, long sequence) {

    static final Comparator<TimelineEntry> ORDER =
            Comparator.comparing(TimelineEntry::occurredOn).thenComparingLong(TimelineEntry::sequence);

    static TimelineCursor after(TimelineEntry entry) {
        return new TimelineCursor(entry.occurredOn(), entry.sequence());
    }

    boolean isBefore(TimelineEntry entry) {
        int byDate = entry.occurredOn().compareTo(occurredOn);
        return byDate > 0 || (byDate == 0 && entry.sequence() > sequence);
    }

    String encode() {
        String raw = occurredOn + "|" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TimelineCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new TimelineCursor(LocalDate.parse(raw.substring(0, bar)), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
            throw new IllegalArgumentException("cursor is not one this API returned");
        }
    }
}
