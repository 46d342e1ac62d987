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
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends a validated import through the command side, on threads of its own so that the caller can follow its progress:
 * each employee's commands in order, a few employees at a time. The commands are the same on every run (ids derived from the HRIS references), so a
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
    /** Employees imported side by side: each command waits mostly on the store, so a few in flight keep it busy. */
    private static final int PARALLEL_EMPLOYEES = 4;

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

    /** Each employee's steps in order, several employees at once; the first failure of the store stops them all. */
    private void run(ImportJob job, String actor) {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL_EMPLOYEES, task -> {
            Thread thread = new Thread(task, "hris-import-worker");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean stopped = new AtomicBoolean();
        try {
            List<Future<?>> employees = new ArrayList<>();
            for (List<ImportPlan.Step> steps : job.plan().byEmployee().values()) {
                employees.add(workers.submit(() -> {
                    for (ImportPlan.Step step : steps) {
                        if (stopped.get() || !send(job, step, actor)) {
                            stopped.set(true);
                            return;
                        }
                    }
                }));
            }
            for (Future<?> employee : employees) {
                employee.get();
            }
            if (!stopped.get()) {
                job.finish(clock.instant());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.error("Import {} failed", job.id(), e);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Sends one step; false when the store failed and the run must stop. */
    private boolean send(ImportJob job, ImportPlan.Step step, String actor) {
        try {
            if (step.command() instanceof ImportEmployeeCommand hire
                    && eventStore.lastSequenceNumberFor(hire.employeeId().value()).isPresent()) {
                job.alreadyPresent("HIRED_BEFORE");
                return true;
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
            return false;
        }
        return true;
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
