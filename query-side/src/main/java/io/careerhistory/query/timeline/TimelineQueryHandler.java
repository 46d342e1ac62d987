package io.careerhistory.query.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers timeline queries: filters, orders by business time, and pages with an opaque cursor; people named in the
 * titles by id are shown by name ({@link TimelineNaming}).
 */
@Component
class TimelineQueryHandler {

    private final TimelineRepository repository;
    private final TimelineNaming naming;

    TimelineQueryHandler(TimelineRepository repository, TimelineNaming naming) {
        this.repository = repository;
        this.naming = naming;
    }

    /** Empty when the employee has no timeline (unknown, or not projected yet). */
    @QueryHandler
    Optional<TimelinePage> find(FindTimelineQuery query) {
        TimelineCursor cursor = query.cursor() == null ? null : TimelineCursor.decode(query.cursor());
        return repository.findAll(query.employeeId(), query.asOf()).map(all -> named(page(query, cursor, all)));
    }

    private TimelinePage named(TimelinePage page) {
        return new TimelinePage(page.employeeId(), naming.named(page.entries()), page.next());
    }

    private static TimelinePage page(FindTimelineQuery query, TimelineCursor cursor, List<TimelineEntry> all) {
        Set<String> kinds = query.kinds().stream().map(TimelineKind::name).collect(Collectors.toSet());
        List<TimelineEntry> matching = all.stream()
                                          .filter(e -> kinds.isEmpty() || kinds.contains(e.kind()))
                                          .filter(e -> query.from() == null || !e.occurredOn().isBefore(query.from()))
                                          .filter(e -> query.to() == null || !e.occurredOn().isAfter(query.to()))
                                          .filter(e -> cursor == null || cursor.isBefore(e))
                                          .sorted(TimelineCursor.ORDER)
                                          .limit(query.limit() + 1L)
                                          .toList();
        boolean more = matching.size() > query.limit();
        List<TimelineEntry> entries = more ? matching.subList(0, query.limit()) : matching;
        String next = more ? TimelineCursor.after(entries.get(entries.size() - 1)).encode() : null;
        return new TimelinePage(query.employeeId(), entries, next);
    }
}
