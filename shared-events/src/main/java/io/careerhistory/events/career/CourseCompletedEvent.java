package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An employee completed a course. {@code completionId} names this completion so a later retraction can refer
 * to it; {@code sourceRef} is the id in the system it came from (an LMS, an xAPI statement) and may be null.
 */
@Revision("1")
public record CourseCompletedEvent(EmployeeId employeeId,
                                   String completionId,
                                   String courseId,
                                   String title,
                                   CourseProvider provider,
                                   List<String> skills,
                                   BigDecimal hours,
                                   LocalDate completedOn,
                                   String sourceRef) {

    public CourseCompletedEvent {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
