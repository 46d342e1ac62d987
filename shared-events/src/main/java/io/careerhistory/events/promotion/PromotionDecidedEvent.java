package io.careerhistory.events.promotion;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The chair's decision, with its rationale. Approval moves the employee to {@code toLevel} of {@code track}. */
@Revision("1")
public record PromotionDecidedEvent(String caseId, @DataSubject EmployeeId employeeId, EmployeeId decidedBy,
                                    PromotionOutcome outcome, @PersonalData String rationale, String track, String fromLevel,
                                    String toLevel, LocalDate decidedOn) {
}
