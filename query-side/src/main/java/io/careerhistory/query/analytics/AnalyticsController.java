package io.careerhistory.query.analytics;

import io.careerhistory.query.common.ReadsViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** For analysts and auditors: aggregates only, never a person; each as it stood on a business date {@code asOf}. */
@RestController
@ReadsViews(AnalyticsProjection.PROCESSING_GROUP)
class AnalyticsController {

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/api/analytics/promotion-velocity")
    Map<String, List<Analytics.Velocity>> velocity(@RequestParam(required = false)
                                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return Map.of("velocity", analytics.promotionVelocity(asOf));
    }

    @GetMapping("/api/analytics/program-outcomes")
    Map<String, List<Analytics.ProgramOutcome>> programOutcomes(@RequestParam(required = false)
                                                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                                LocalDate asOf) {
        return Map.of("programs", analytics.programOutcomes(asOf));
    }

    @GetMapping("/api/analytics/learning-hours")
    Map<String, List<Analytics.LearningHours>> learningHours(@RequestParam(required = false)
                                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                                             LocalDate asOf) {
        return Map.of("learningHours", analytics.learningHours(asOf));
    }

    @GetMapping("/api/analytics/adverse-impact")
    Analytics.AdverseImpact adverseImpact(@RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return analytics.adverseImpact(asOf);
    }
}
