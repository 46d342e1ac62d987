package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The employee moved up a level, as decided in promotion case {@code caseId}. Recorded once per approved case. */
@Revision("1")
public record EmployeePromotedEvent(EmployeeId employeeId, String caseId, String track, String fromLevel,
                                    String toLevel, LocalDate effectiveOn) {
}
