package io.careerhistory.infra.operations;

import io.careerhistory.infra.projections.ProjectionStatus;
import io.careerhistory.infra.projections.ProjectionStatuses;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code processors} in the health check: down when a processor is in error, stopped (except while its view is being
 * rebuilt, which pauses it on purpose), or stalled: behind the head of the store with its position unchanged for
 * longer than {@link #STALLED_AFTER}.
 */
@Component("processors")
class ProcessorsHealth implements HealthIndicator {

    static final Duration STALLED_AFTER = Duration.ofMinutes(1);

    private final ProjectionStatuses statuses;
    private final Clock clock;
    private final Map<String, Progress> lastSeen = new ConcurrentHashMap<>();

    ProcessorsHealth(ProjectionStatuses statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        for (ProjectionStatus status : statuses.all()) {
            String verdict = verdict(status, now);
            up &= verdict.startsWith("UP");
            details.put(status.name(), verdict + " (lag " + status.lag() + ")");
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }

    private String verdict(ProjectionStatus status, Instant now) {
        boolean rebuilding = status.rebuild() != null && !status.rebuild().finished();
        if ("ERROR".equals(status.state())) {
            return "DOWN: in error";
        }
        if ("STOPPED".equals(status.state()) && !rebuilding) {
            return "DOWN: stopped";
        }
        Progress before = lastSeen.compute(status.name(), (name, seen) ->
                seen == null || seen.position() != status.position() ? new Progress(status.position(), now) : seen);
        if (status.lag() > 0 && Duration.between(before.since(), now).compareTo(STALLED_AFTER) > 0) {
            return "DOWN: stalled at " + status.position() + " since " + before.since();
        }
        return rebuilding ? "UP: rebuilding" : "UP";
    }

    private record Progress(long position, Instant since) {
    }
}
