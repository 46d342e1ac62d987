package io.careerhistory.infra.operations;

import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Business counters, counted from the events as they are recorded: completions (by where they came from),
 * rotations by step, promotions by outcome. Its processor starts at the head of the store, so a node counts what
 * happens while it runs, as Prometheus counters do; tags have a handful of values each.
 */
@Component
@ProcessingGroup(BusinessMetrics.PROCESSING_GROUP)
class BusinessMetrics {

    static final String PROCESSING_GROUP = "business-metrics";

    private final MeterRegistry registry;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventHandler
    void on(CourseCompletedEvent event) {
        String source = event.sourceRef() == null ? "recorded" : event.sourceRef().startsWith("xapi:") ? "xapi"
                : event.sourceRef().startsWith("import:") ? "import" : "recorded";
        count("career.completions", "Course completions recorded", "source", source);
    }

    @EventHandler
    void on(CourseCompletionRetractedEvent event) {
        count("career.completions.retracted", "Course completions retracted", null, null);
    }

    @EventHandler
    void on(RotationProposedEvent event) {
        rotation("proposed");
    }

    @EventHandler
    void on(RotationStartedEvent event) {
        rotation("started");
    }

    @EventHandler
    void on(RotationCompletedEvent event) {
        rotation("completed");
    }

    @EventHandler
    void on(PromotionDecidedEvent event) {
        promotion(event.outcome().name().toLowerCase());
    }

    @EventHandler
    void on(EmployeePromotedEvent event) {
        promotion("applied");
    }

    @EventHandler
    void on(PromotionHistoryImportedEvent event) {
        promotion("imported");
    }

    private void rotation(String step) {
        count("career.rotations", "Job rotations, by step", "step", step);
    }

    private void promotion(String outcome) {
        count("career.promotions", "Promotion decisions, by outcome", "outcome", outcome);
    }

    private void count(String name, String description, String tag, String value) {
        Counter.Builder counter = Counter.builder(name).description(description);
        if (tag != null) {
            counter.tag(tag, value);
        }
        counter.register(registry).increment();
    }
}
