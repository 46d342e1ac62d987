package io.careerhistory.query.readiness;

import io.careerhistory.query.common.AsOf;
import io.careerhistory.query.common.AsOfResolver;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.common.Viewer;
import io.careerhistory.query.framework.FrameworkProjection;
import io.careerhistory.readiness.ReadinessAssessment;
import io.careerhistory.readiness.ReadinessStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Readiness for the next level, today (from the injected clock): per employee, and as a filtered list, which shows a
 * manager their current reports only.
 */
@RestController
@ReadsViews({ReadinessProjection.PROCESSING_GROUP, FrameworkProjection.PROCESSING_GROUP})
class ReadinessController {

    private final ReadinessService readiness;
    private final Clock clock;
    private final Viewer viewer;
    private final AsOfResolver asOfResolver;

    ReadinessController(ReadinessService readiness, Clock clock, Viewer viewer, AsOfResolver asOfResolver) {
        this.readiness = readiness;
        this.clock = clock;
        this.viewer = viewer;
        this.asOfResolver = asOfResolver;
    }

    /** Today's readiness, or as it stood on a business date ({@code asOf}) and/or as the store knew it ({@code knownAt}). */
    @GetMapping("/api/employees/{employeeId}/readiness")
    ReadinessAssessment readiness(@PathVariable String employeeId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) String knownAt) {
        AsOf when = asOfResolver.resolve(asOf, knownAt);
        LocalDate on = asOf != null ? asOf : knownAt != null && !knownAt.isBlank()
                ? LocalDate.ofInstant(when.knownAt(), clock.getZone()) : LocalDate.now(clock);
        return readiness.of(employeeId, on, when.knownPosition())
                        .orElseThrow(() -> new NotFound("No employee " + employeeId));
    }

    @GetMapping("/api/readiness")
    Map<String, List<ReadinessSummary>> list(@RequestParam(required = false) ReadinessStatus status,
                                             @RequestParam(required = false) String track,
                                             @RequestParam(required = false) String team) {
        // Talent partners and auditors see everyone; a manager, only their current reports (none if no employee).
        if (viewer.has("TALENT_PARTNER") || viewer.has("AUDITOR")) {
            return Map.of("employees", readiness.list(status, track, team, null, LocalDate.now(clock)));
        }
        return Map.of("employees", viewer.employeeId() == null
                ? List.of()
                : readiness.list(status, track, team, viewer.employeeId(), LocalDate.now(clock)));
    }
}
