package io.careerhistory.query.timeline;

import io.careerhistory.query.common.AsOf;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.ReadsViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.careerhistory.query.timeline.TimelineKind.GOAL_PROPOSED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORING_STARTED;
import static io.careerhistory.query.timeline.TimelineKind.MENTORSHIP_REQUESTED;

/**
 * An employee's development plan and mentorships, read from their timeline: each goal or mentorship with its status
 * (kept on its opening entry) and every step that refers to it, in business-time order.
 */
@RestController
@ReadsViews(TimelineProjection.PROCESSING_GROUP)
class CareerPlansController {

    private static final Comparator<TimelineEntry> IN_ORDER =
            Comparator.comparing(TimelineEntry::occurredOn).thenComparingLong(TimelineEntry::sequence);

    private final TimelineRepository timelines;
    private final TimelineNaming naming;

    CareerPlansController(TimelineRepository timelines, TimelineNaming naming) {
        this.timelines = timelines;
        this.naming = naming;
    }

    @GetMapping("/api/employees/{employeeId}/development-plan")
    Map<String, Object> developmentPlan(@PathVariable String employeeId) {
        List<TimelineEntry> entries = entries(employeeId);
        return Map.of("employeeId", employeeId, "goals", threads(entries, "goalId", Set.of(GOAL_PROPOSED.name())));
    }

    @GetMapping("/api/employees/{employeeId}/mentorships")
    Map<String, Object> mentorships(@PathVariable String employeeId) {
        List<TimelineEntry> entries = entries(employeeId);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("employeeId", employeeId);
        view.put("asMentee", threads(entries, "mentorshipId", Set.of(MENTORSHIP_REQUESTED.name())));
        view.put("asMentor", threads(entries, "mentorshipId", Set.of(MENTORING_STARTED.name())));
        return view;
    }

    private List<TimelineEntry> entries(String employeeId) {
        List<TimelineEntry> entries = new ArrayList<>(timelines.findAll(employeeId, AsOf.NOW)
                                                               .orElseThrow(() -> new NotFound("No employee " + employeeId)));
        entries.sort(IN_ORDER);
        return naming.named(entries);
    }

    /**
     * One thread per entry of an opening kind: its title, details and refs, and every entry that refers to the same
     * {@code refKey}. A mentor's thread has no status on its opening entry, so it is read from its last step.
     */
    private static List<Map<String, Object>> threads(List<TimelineEntry> entries, String refKey, Set<String> openingKinds) {
        List<Map<String, Object>> threads = new ArrayList<>();
        for (TimelineEntry opening : entries) {
            String ref = opening.refs().get(refKey);
            if (!openingKinds.contains(opening.kind()) || ref == null) {
                continue;
            }
            List<Map<String, Object>> steps = entries.stream()
                                                     .filter(e -> ref.equals(e.refs().get(refKey)) && e != opening)
                                                     .map(CareerPlansController::step)
                                                     .toList();
            Map<String, Object> thread = new LinkedHashMap<>();
            thread.put(refKey, ref);
            thread.put("title", opening.details().getOrDefault(TimelineEntry.NAME, opening.title()));
            thread.put("since", opening.occurredOn());
            thread.put("status", opening.details().getOrDefault("status", statusFromSteps(steps)));
            thread.put("details", opening.details());
            thread.put("refs", opening.refs());
            thread.put("steps", steps);
            threads.add(thread);
        }
        return threads;
    }

    private static String statusFromSteps(List<Map<String, Object>> steps) {
        List<Object> kinds = steps.stream().map(s -> s.get("kind")).toList();
        return kinds.contains("MENTORING_GIVEN") ? "CONCLUDED" : kinds.contains("MENTORSHIP_CANCELLED") ? "CANCELLED" : "MATCHED";
    }

    private static Map<String, Object> step(TimelineEntry entry) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("kind", entry.kind());
        step.put("occurredOn", entry.occurredOn());
        step.put("title", entry.title());
        step.put("details", entry.details());
        return step;
    }
}
