package io.careerhistory.events.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The approved promotion was announced publicly, with the employee's consent. */
@Revision("1")
public record PromotionAnnouncedEvent(String caseId, EmployeeId employeeId, String message, LocalDate announcedOn) {
}
