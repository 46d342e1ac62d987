package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One employee's career: the consistency boundary for everything recorded about them. */
@Aggregate(snapshotTriggerDefinition = "employeeCareerSnapshotTrigger")
// Snapshots are Jackson JSON: the state lives in fields, without getters.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class EmployeeCareer {

    @AggregateIdentifier
    private EmployeeId employeeId;
    private LocalDate hiredOn;
    private Placement placement;
    private boolean departed;
    private final Map<String, Completion> completionsById = new HashMap<>();
    private final Set<CompletionKey> countingCompletions = new HashSet<>();
    private final Set<String> sourceRefs = new HashSet<>();

    protected EmployeeCareer() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(HireEmployeeCommand command) {
        if (command.employeeId().equals(command.managerId())) {
            throw new BusinessRuleViolation(ErrorCode.SELF_MANAGEMENT, "An employee cannot be their own manager");
        }
        apply(new EmployeeHiredEvent(command.employeeId(), command.name(), command.email(), command.loginName(),
                                     command.track(), command.level(), command.team(), command.tribe(),
                                     command.managerId(), command.selfIdentifiedGroup(), command.hiredOn()));
    }

    @CommandHandler
    public void handle(RecordCourseCompletionCommand command) {
        requireEmployed();
        if (countingCompletions.contains(new CompletionKey(command.courseId(), command.completedOn()))) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_ALREADY_RECORDED,
                                            "Course " + command.courseId() + " is already recorded as completed on "
                                                    + command.completedOn());
        }
        if (command.sourceRef() != null && sourceRefs.contains(command.sourceRef())) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_ALREADY_RECORDED,
                                            "A completion with source reference " + command.sourceRef()
                                                    + " is already recorded");
        }
        apply(new CourseCompletedEvent(employeeId, command.completionId(), command.courseId(), command.title(),
                                       command.provider(), command.skills(), command.hours(), command.completedOn(),
                                       command.sourceRef()));
    }

    @CommandHandler
    public void handle(RetractCourseCompletionCommand command) {
        requireEmployed();
        Completion completion = completionsById.get(command.completionId());
        if (completion == null) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_NOT_FOUND,
                                            "Employee " + employeeId + " has no completion " + command.completionId());
        }
        if (completion.retracted()) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_ALREADY_RETRACTED,
                                            "Completion " + command.completionId() + " is already retracted");
        }
        apply(new CourseCompletionRetractedEvent(employeeId, command.completionId(), command.reason(),
                                                 command.retractedOn()));
    }

    @CommandHandler
    public void handle(TransferEmployeeCommand command) {
        requireEmployed();
        requireNotBeforeHire(command.effectiveOn(), "A transfer");
        if (employeeId.equals(command.managerId())) {
            throw new BusinessRuleViolation(ErrorCode.SELF_MANAGEMENT, "An employee cannot be their own manager");
        }
        Placement next = placement.with(command.team(), command.tribe(), command.managerId(), command.track(),
                                        command.level());
        if (next.equals(placement)) {
            throw new BusinessRuleViolation(ErrorCode.TRANSFER_CHANGES_NOTHING,
                                            "The transfer names the team, tribe, manager, track and level the employee already has");
        }
        apply(new EmployeeTransferredEvent(employeeId, next.team(), next.tribe(), next.managerId(), next.track(),
                                           next.level(), command.effectiveOn()));
    }

    @CommandHandler
    public void handle(RecordDepartureCommand command) {
        requireEmployed();
        requireNotBeforeHire(command.departedOn(), "A departure");
        apply(new EmployeeDepartedEvent(employeeId, command.departedOn(), command.reason()));
    }

    private void requireEmployed() {
        if (departed) {
            throw new BusinessRuleViolation(ErrorCode.EMPLOYEE_DEPARTED,
                                            "Employee " + employeeId + " has left; nothing new can be recorded");
        }
    }

    private void requireNotBeforeHire(LocalDate date, String what) {
        if (date.isBefore(hiredOn)) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_HIRE,
                                            what + " on " + date + " would be before the hire on " + hiredOn);
        }
    }

    @EventSourcingHandler
    void on(EmployeeHiredEvent event) {
        this.employeeId = event.employeeId();
        this.hiredOn = event.hiredOn();
        this.placement = new Placement(event.team(), event.tribe(), event.managerId(), event.track(), event.level());
    }

    @EventSourcingHandler
    void on(CourseCompletedEvent event) {
        completionsById.put(event.completionId(), new Completion(event.courseId(), event.completedOn(), false));
        countingCompletions.add(new CompletionKey(event.courseId(), event.completedOn()));
        if (event.sourceRef() != null) {
            sourceRefs.add(event.sourceRef());
        }
    }

    @EventSourcingHandler
    void on(CourseCompletionRetractedEvent event) {
        Completion completion = completionsById.get(event.completionId());
        completionsById.put(event.completionId(), completion.retract());
        // The course may be recorded again for that date; its source reference stays used, so a resent record stays out.
        countingCompletions.remove(new CompletionKey(completion.courseId(), completion.completedOn()));
    }

    @EventSourcingHandler
    void on(EmployeeTransferredEvent event) {
        this.placement = new Placement(event.team(), event.tribe(), event.managerId(), event.track(), event.level());
    }

    @EventSourcingHandler
    void on(EmployeeDepartedEvent event) {
        this.departed = true;
    }

    private record CompletionKey(String courseId, LocalDate completedOn) {
    }

    private record Completion(String courseId, LocalDate completedOn, boolean retracted) {
        Completion retract() {
            return new Completion(courseId, completedOn, true);
        }
    }

    /** Where the employee sits: a transfer changes some of it and keeps the rest. */
    private record Placement(String team, String tribe, EmployeeId managerId, String track, String level) {
        Placement with(String newTeam, String newTribe, EmployeeId newManager, String newTrack, String newLevel) {
            return new Placement(newTeam != null ? newTeam : team, newTribe != null ? newTribe : tribe,
                                 newManager != null ? newManager : managerId, newTrack != null ? newTrack : track,
                                 newLevel != null ? newLevel : level);
        }
    }
}
