package io.careerhistory.events.promotion;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One committee member's independent review of the case. */
@Revision("1")
public record PromotionReviewedEvent(String caseId, @DataSubject EmployeeId employeeId, EmployeeId reviewerId,
                                     ReviewRecommendation recommendation, @PersonalData String comments, LocalDate reviewedOn) {
}
