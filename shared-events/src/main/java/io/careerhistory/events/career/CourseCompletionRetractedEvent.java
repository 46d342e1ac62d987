package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A recorded completion turned out to be wrong. It is never deleted: this event says it no longer counts, from
 * {@code retractedOn}, and why.
 */
@Revision("1")
public record CourseCompletionRetractedEvent(EmployeeId employeeId, String completionId, String reason,
                                             LocalDate retractedOn) {
}
