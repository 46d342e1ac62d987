package io.careerhistory.query.timeline;

import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

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
    void on(EmployeeHiredEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("track", event.track());
        details.put("level", event.level());
        details.put("team", event.team());
        Map<String, String> refs = new LinkedHashMap<>();
        if (event.managerId() != null) {
            refs.put("managerId", event.managerId().value());
        }
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, "HIRED", event.hiredOn(), sequence,
                                         "Joined " + event.team() + " as " + event.track() + " " + event.level(),
                                         details, refs));
    }

    @EventHandler
    void on(CourseCompletedEvent event, @MessageIdentifier String eventId, @SequenceNumber long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("provider", event.provider().name());
        details.put("skills", event.skills());
        details.put("hours", event.hours().toPlainString());
        if (event.sourceRef() != null) {
            details.put("sourceRef", event.sourceRef());
        }
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, "COURSE_COMPLETED", event.completedOn(), sequence,
                                         "Completed " + event.title(), details,
                                         Map.of("courseId", event.courseId(), "completionId", event.completionId())));
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
