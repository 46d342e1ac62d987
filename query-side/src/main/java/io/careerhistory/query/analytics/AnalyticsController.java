package io.careerhistory.query.analytics;

import io.careerhistory.query.common.ReadsViews;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** For analysts and auditors: aggregates only, never a person. */
@RestController
@ReadsViews(AnalyticsProjection.PROCESSING_GROUP)
class AnalyticsController {

    private final Analytics analytics;

    AnalyticsController(Analytics analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/api/analytics/promotion-velocity")
    Map<String, List<Analytics.Velocity>> velocity() {
        return Map.of("velocity", analytics.promotionVelocity());
    }

    @GetMapping("/api/analytics/program-outcomes")
    Map<String, List<Analytics.ProgramOutcome>> programOutcomes() {
        return Map.of("programs", analytics.programOutcomes());
    }

    @GetMapping("/api/analytics/learning-hours")
    Map<String, List<Analytics.LearningHours>> learningHours() {
        return Map.of("learningHours", analytics.learningHours());
    }

    @GetMapping("/api/analytics/adverse-impact")
    Analytics.AdverseImpact adverseImpact() {
        return analytics.adverseImpact();
    }
}
