package io.careerhistory.query.timeline;

import io.careerhistory.query.directory.PeopleNames;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A title that names someone else (a mentor's "Started mentoring <mentee>") holds their id, one of the entry's refs:
 * the view never copies another person's name. Entries are shown with the name from the directory instead.
 */
@Component
class TimelineNaming {

    private final PeopleNames people;

    TimelineNaming(PeopleNames people) {
        this.people = people;
    }

    /** The entries with every ref named in their titles replaced by that person's name (one directory lookup). */
    List<TimelineEntry> named(List<TimelineEntry> entries) {
        Set<String> mentioned = entries.stream()
                                       .flatMap(e -> e.refs().values().stream()
                                                      .filter(id -> PeopleNames.mentions(e.title(), id)))
                                       .collect(Collectors.toSet());
        Map<String, String> names = people.of(mentioned);
        if (names.isEmpty()) {
            return entries;
        }
        return entries.stream().map(e -> e.titled(named(e, names))).toList();
    }

    private static String named(TimelineEntry entry, Map<String, String> names) {
        String title = entry.title();
        for (String id : entry.refs().values()) {
            title = PeopleNames.naming(title, id, names);
        }
        return title;
    }
}
