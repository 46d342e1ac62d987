package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A recorded completion turned out to be wrong. It is never deleted: this event says it no longer counts, from
 * {@code retractedOn}, and why.
 */
@Revision("1")
public record CourseCompletionRetractedEvent(@DataSubject EmployeeId employeeId, String completionId, @PersonalData String reason,
                                             LocalDate retractedOn) {
}
