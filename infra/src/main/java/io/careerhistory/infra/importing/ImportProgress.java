package io.careerhistory.infra.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where an import run stands: of its {@code total} commands, how many are {@code done}, of which {@code recorded} new,
 * {@code alreadyPresent} from an earlier run (a re-run records nothing twice; {@code alreadyPresentBecause} counts
 * them by the code that said so), and the rows the command side refused though they passed the checks (a store that
 * disagrees with the files, e.g. a hire corrected in a later export: the hire stays as first recorded).
 * {@code error} says why a run stopped early ({@code FAILED}); run it again and it carries on where it stopped.
 */
public record ImportProgress(String importId, State state, String source, int total, int done, int recorded,
                             int alreadyPresent, Map<String, Integer> alreadyPresentBecause, List<Refused> refused,
                             Instant startedAt, Instant finishedAt, double percent, double stepsPerSecond,
                             Long etaSeconds, String error) {

    public enum State { RUNNING, DONE, FAILED }

    /** A row the command side refused: where it is, the business error code and why. */
    public record Refused(String file, int line, String code, String message) {
    }
}
