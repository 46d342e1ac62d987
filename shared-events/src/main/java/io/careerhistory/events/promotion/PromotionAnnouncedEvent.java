package io.careerhistory.events.promotion;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The approved promotion was announced publicly, with the employee's consent. */
@Revision("1")
public record PromotionAnnouncedEvent(String caseId, @DataSubject EmployeeId employeeId, @PersonalData String message, LocalDate announcedOn) {
}
