package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One employee's career: the consistency boundary for everything recorded about them. */
@Aggregate(snapshotTriggerDefinition = "employeeCareerSnapshotTrigger")
// Snapshots are Jackson JSON: the state lives in fields, without getters.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class EmployeeCareer {

    @AggregateIdentifier
    private EmployeeId employeeId;
    private final Set<CompletionKey> completions = new HashSet<>();
    private final Set<String> sourceRefs = new HashSet<>();

    protected EmployeeCareer() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(HireEmployeeCommand command) {
        apply(new EmployeeHiredEvent(command.employeeId(), command.name(), command.email(), command.track(),
                                     command.level(), command.team(), command.managerId(), command.hiredOn()));
    }

    @CommandHandler
    public void handle(RecordCourseCompletionCommand command) {
        if (completions.contains(new CompletionKey(command.courseId(), command.completedOn()))) {
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

    @EventSourcingHandler
    void on(EmployeeHiredEvent event) {
        this.employeeId = event.employeeId();
    }

    @EventSourcingHandler
    void on(CourseCompletedEvent event) {
        completions.add(new CompletionKey(event.courseId(), event.completedOn()));
        if (event.sourceRef() != null) {
            sourceRefs.add(event.sourceRef());
        }
    }

    private record CompletionKey(String courseId, LocalDate completedOn) {
    }
}
