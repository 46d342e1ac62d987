package io.careerhistory.infra.importing;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.career.ImportEmployeeCommand;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a validated import through the command side, one command at a time, on a thread of its own, so that the
 * caller can follow its progress. The commands are the same on every run (ids derived from the HRIS references), so a
 * re-run finds what an earlier run recorded: a hire by its stream, history and courses by the aggregate's own rules,
 * and counts them as already present. Nothing goes around the command side's rules.
 */
@Component
class HrisImporter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HrisImporter.class);
    private static final Set<ErrorCode> ALREADY_PRESENT = Set.of(ErrorCode.HISTORY_ALREADY_IMPORTED,
                                                                 ErrorCode.SOURCE_REFERENCE_ALREADY_RECORDED,
                                                                 ErrorCode.COMPLETION_ALREADY_RECORDED);
    private static final int KEPT_RUNS = 20;

    private final CommandSender commands;
    private final EventStore eventStore;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hris-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<ImportJob> running = new AtomicReference<>();
    private final Map<String, ImportJob> runs = new LinkedHashMap<>();

    HrisImporter(CommandSender commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** Starts the run, as {@code actor} (recorded on every event); 409 while another runs. */
    ImportProgress start(ImportPlan plan, String source, String actor) {
        ImportJob job = new ImportJob(plan, source, clock.instant());
        ImportJob other = running.compareAndExchange(null, job);
        if (other != null) {
            throw new ImportAlreadyRunning(other.id());
        }
        synchronized (runs) {
            runs.put(job.id(), job);
            if (runs.size() > KEPT_RUNS) {
                runs.remove(runs.keySet().iterator().next());
            }
        }
        runner.submit(() -> {
            try {
                run(job, actor);
            } finally {
                running.set(null);
            }
        });
        return job.progress(clock.instant());
    }

    Optional<ImportProgress> progress(String importId) {
        synchronized (runs) {
            return Optional.ofNullable(runs.get(importId)).map(job -> job.progress(clock.instant()));
        }
    }

    private void run(ImportJob job, String actor) {
        for (ImportPlan.Step step : job.plan().steps()) {
            try {
                if (step.command() instanceof ImportEmployeeCommand hire
                        && eventStore.lastSequenceNumberFor(hire.employeeId().value()).isPresent()) {
                    job.alreadyPresent("HIRED_BEFORE");
                    continue;
                }
                commands.send(step.command(), actor);
                job.recorded();
            } catch (BusinessRuleViolation violation) {
                if (ALREADY_PRESENT.contains(violation.code())) {
                    job.alreadyPresent(violation.code().name());
                } else {
                    job.refused(step, violation.code().name(), violation.getMessage());
                }
            } catch (RuntimeException e) {
                log.warn("Import {} stopped at {} line {}", job.id(), step.file(), step.line(), e);
                job.stop(step, e, clock.instant());
                return;
            }
        }
        job.finish(clock.instant());
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
