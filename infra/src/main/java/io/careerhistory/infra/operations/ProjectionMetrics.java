package io.careerhistory.infra.operations;

import io.careerhistory.infra.projections.ProjectionStatus;
import io.careerhistory.infra.projections.ProjectionStatuses;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Per projection (tag {@code projection}, one value per processor: low cardinality): how many events it is behind the
 * head of the store, whether it runs, the progress of a rebuild, and its dead letters (tag {@code processing_group}).
 * Read from one snapshot of the processors at most a second old, so a scrape costs one read of the head and one count
 * of the dead letters, not one per gauge.
 */
@Component
class ProjectionMetrics {

    private static final Duration FRESH = Duration.ofSeconds(1);

    private final ProjectionStatuses statuses;
    private final MeterRegistry registry;
    private final Clock clock;
    private volatile List<ProjectionStatus> snapshot = List.of();
    private volatile Instant takenAt = Instant.EPOCH;

    ProjectionMetrics(ProjectionStatuses statuses, MeterRegistry registry, Clock clock) {
        this.statuses = statuses;
        this.registry = registry;
        this.clock = clock;
    }

    /** Once the processors exist. */
    @EventListener(ApplicationReadyEvent.class)
    void register() {
        for (ProjectionStatus status : statuses.all()) {
            String name = status.name();
            gauge("career.projection.lag", name, "Events the projection is behind the head of the store", s -> s.lag());
            gauge("career.projection.running", name, "1 while the projection's processor runs without error",
                  s -> "RUNNING".equals(s.state()) || "STANDBY".equals(s.state()) ? 1 : 0);
            gauge("career.projection.rebuild.percent", name, "Progress of the projection's current or last rebuild",
                  s -> s.rebuild() == null ? 0 : s.rebuild().percent());
            gauge("career.projection.rebuilding", name, "1 while a blue/green rebuild of the projection runs",
                  s -> s.rebuild() != null && !s.rebuild().finished() ? 1 : 0);
            gauge("career.dead.letters", "processing_group", name, "Events of the processing group waiting as dead letters",
                  s -> s.deadLetters());
        }
    }

    private void gauge(String metric, String projection, String description, ToDoubleFunction<ProjectionStatus> value) {
        gauge(metric, "projection", projection, description, value);
    }

    private void gauge(String metric, String tag, String projection, String description,
                       ToDoubleFunction<ProjectionStatus> value) {
        Gauge.builder(metric, () -> current(projection, value)).tag(tag, projection).description(description)
             .register(registry);
    }

    private double current(String projection, ToDoubleFunction<ProjectionStatus> value) {
        if (Duration.between(takenAt, clock.instant()).compareTo(FRESH) > 0) {
            snapshot = statuses.all();
            takenAt = clock.instant();
        }
        return snapshot.stream().filter(s -> s.name().equals(projection)).mapToDouble(value).findFirst().orElse(Double.NaN);
    }
}
