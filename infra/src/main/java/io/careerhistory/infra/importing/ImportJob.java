package io.careerhistory.infra.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One import run's counters, written by the run's thread and read by whoever asks for its progress. */
final class ImportJob {

    private final String id = UUID.randomUUID().toString();
    private final ImportPlan plan;
    private final String source;
    private final Instant startedAt;
    private final List<ImportProgress.Refused> refused = new ArrayList<>();
    private final Map<String, Integer> alreadyPresentBecause = new TreeMap<>();
    private int done;
    private int recorded;
    private int alreadyPresent;
    private ImportProgress.State state = ImportProgress.State.RUNNING;
    private Instant finishedAt;
    private String error;

    ImportJob(ImportPlan plan, String source, Instant startedAt) {
        this.plan = plan;
        this.source = source;
        this.startedAt = startedAt;
    }

    String id() {
        return id;
    }

    ImportPlan plan() {
        return plan;
    }

    synchronized void recorded() {
        done++;
        recorded++;
    }

    /** {@code because}: the command side's code saying so, or {@code HIRED_BEFORE} for a hire found in the store. */
    synchronized void alreadyPresent(String because) {
        done++;
        alreadyPresent++;
        alreadyPresentBecause.merge(because, 1, Integer::sum);
    }

    synchronized void refused(ImportPlan.Step step, String code, String why) {
        done++;
        refused.add(new ImportProgress.Refused(step.file(), step.line(), code, why));
    }

    synchronized void finish(Instant at) {
        state = ImportProgress.State.DONE;
        finishedAt = at;
    }

    synchronized void stop(ImportPlan.Step step, Exception cause, Instant at) {
        state = ImportProgress.State.FAILED;
        finishedAt = at;
        error = "stopped at " + step.file() + " line " + step.line() + ": " + cause.getMessage();
    }

    synchronized ImportProgress progress(Instant now) {
        int total = plan.steps().size();
        double seconds = Math.max(0.001, Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis()
                / 1000.0);
        double perSecond = done / seconds;
        Long eta = state != ImportProgress.State.RUNNING || perSecond == 0 ? null
                : Math.round((total - done) / perSecond);
        return new ImportProgress(id, state, source, total, done, recorded, alreadyPresent,
                                  Map.copyOf(alreadyPresentBecause), List.copyOf(refused),
                                  startedAt, finishedAt, total == 0 ? 100.0 : Math.round(1000.0 * done / total) / 10.0,
                                  Math.round(perSecond * 10) / 10.0, eta, error);
    }
}
