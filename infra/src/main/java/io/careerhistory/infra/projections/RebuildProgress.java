package io.careerhistory.infra.projections;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a rebuild stands: {@code REPLAYING} into fresh collections while the old ones answer, {@code SWITCHING} (the
 * live processor paused while the rest is caught up and the view switched), then {@code DONE} or {@code FAILED}.
 */
public record RebuildProgress(String projection, State state, long eventsReplayed, long position, long head,
                              Instant startedAt, Instant finishedAt, double eventsPerSecond, double percent,
                              Long etaSeconds, String error) {

    public enum State { REPLAYING, SWITCHING, DONE, FAILED }

    static RebuildProgress of(String projection, State state, long replayed, long position, long head, Instant startedAt,
                              Instant now, Instant finishedAt, String error) {
        double seconds = Math.max(Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis(), 1) / 1000.0;
        double rate = replayed / seconds;
        double percent = state == State.DONE ? 100.0 : Math.min(100.0, 100.0 * (position + 1) / Math.max(head + 1, 1));
        Long eta = state == State.REPLAYING && rate > 0 ? (long) Math.ceil(Math.max(head - position, 0) / rate) : null;
        return new RebuildProgress(projection, state, replayed, position, head, startedAt, finishedAt,
                                   Math.round(rate * 10) / 10.0, Math.round(percent * 10) / 10.0, eta, error);
    }

    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
