package io.careerhistory.query.timeline;

import java.util.List;

/** One page of a timeline; {@code next} is the cursor of the following page, null on the last one. */
public record TimelinePage(String employeeId, List<TimelineEntry> entries, String next) {
}
