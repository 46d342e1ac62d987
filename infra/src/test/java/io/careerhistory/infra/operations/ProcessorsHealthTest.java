package io.careerhistory.infra.operations;

import io.careerhistory.infra.MutableClock;
import io.careerhistory.infra.projections.ProjectionStatus;
import io.careerhistory.infra.projections.ProjectionStatuses;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A processor counts as down in error, stopped, or behind the head without moving for over a minute. */
class ProcessorsHealthTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final ProjectionStatuses statuses = mock(ProjectionStatuses.class);
    private final ProcessorsHealth health = new ProcessorsHealth(statuses, clock);

    private static ProjectionStatus timeline(String state, long position, long head) {
        return new ProjectionStatus("timeline", state, position, head, head - position, 16, 0, true, null);
    }

    @Test
    void runningAndCaughtUpIsUpWhatEverTheTime() {
        when(statuses.all()).thenReturn(List.of(timeline("RUNNING", 100, 100)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofHours(1));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void behindTheHeadAndNotMovingForOverAMinuteIsStalled() {
        when(statuses.all()).thenReturn(List.of(timeline("RUNNING", 90, 100)));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(50));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofSeconds(20));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails().get("timeline").toString()).startsWith("DOWN: stalled at 90");

        when(statuses.all()).thenReturn(List.of(timeline("RUNNING", 95, 100))); // it moved: up again
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void inErrorOrStoppedIsDown() {
        when(statuses.all()).thenReturn(List.of(timeline("ERROR", 100, 100)));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        when(statuses.all()).thenReturn(List.of(timeline("STOPPED", 100, 100)));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
