package io.careerhistory.query.timeline;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.COMPLETION_RETRACTED;
import static io.careerhistory.query.timeline.TimelineKind.COURSE_COMPLETED;
import static io.careerhistory.query.timeline.TimelineKind.DEPARTED;
import static io.careerhistory.query.timeline.TimelineKind.HIRED;
import static io.careerhistory.query.timeline.TimelineKind.PERSONAL_DATA_ERASED;
import static io.careerhistory.query.timeline.TimelineKind.TRANSFERRED;

/** Builds each employee's timeline from their career events. */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
public class TimelineProjection {

    public static final String PROCESSING_GROUP = "timeline";

    private final TimelineRepository repository;

    public TimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(EmployeeHiredEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, HIRED, event.hiredOn(), sequence,
                                         "Joined " + event.team() + " as " + event.track() + " " + event.level(),
                                         placement(event.track(), event.level(), event.team(), event.tribe()),
                                         managerRef(event.managerId())));
    }

    @EventHandler
    void on(CourseCompletedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", event.provider().name());
        details.put("skills", event.skills());
        details.put("hours", event.hours().toPlainString());
        if (event.sourceRef() != null) {
            details.put("sourceRef", event.sourceRef());
        }
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, COURSE_COMPLETED, event.completedOn(), sequence,
                                         "Completed " + event.title(), details,
                                         Map.of("courseId", event.courseId(), "completionId", event.completionId())));
    }

    @EventHandler
    void on(CourseCompletionRetractedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        String employeeId = event.employeeId().value();
        TimelineEntry retraction = new TimelineEntry(eventId, COMPLETION_RETRACTED, event.retractedOn(), sequence,
                                                     "Completion retracted: " + event.reason(),
                                                     Map.of("reason", event.reason()),
                                                     Map.of("completionId", event.completionId()));
        repository.annotate(employeeId, COURSE_COMPLETED, "completionId", event.completionId(),
                            Map.of("retractedOn", event.retractedOn().toString(), "retractionReason", event.reason()),
                            retraction);
        repository.put(employeeId, retraction);
    }

    @EventHandler
    void on(EmployeeTransferredEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, TRANSFERRED, event.effectiveOn(), sequence,
                                         "Moved to " + event.team() + " as " + event.track() + " " + event.level(),
                                         placement(event.track(), event.level(), event.team(), event.tribe()),
                                         managerRef(event.managerId())));
    }

    @EventHandler
    void on(EmployeeDepartedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = event.reason() == null ? Map.of() : Map.of("reason", event.reason());
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, DEPARTED, event.departedOn(), sequence, "Left the company",
                                         details, Map.of()));
    }

    @EventHandler
    void on(PersonalDataErasedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PERSONAL_DATA_ERASED, event.erasedOn(), sequence,
                                         "Personal data erased", Map.of(), Map.of()));
    }

    private static Map<String, Object> placement(String track, String level, String team, String tribe) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("track", track);
        details.put("level", level);
        details.put("team", team);
        if (tribe != null) {
            details.put("tribe", tribe);
        }
        return details;
    }

    private static Map<String, String> managerRef(EmployeeId managerId) {
        return managerId == null ? Map.of() : Map.of("managerId", managerId.value());
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
