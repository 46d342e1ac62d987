package io.careerhistory.events.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One committee member's independent review of the case. */
@Revision("1")
public record PromotionReviewedEvent(String caseId, EmployeeId employeeId, EmployeeId reviewerId,
                                     ReviewRecommendation recommendation, String comments, LocalDate reviewedOn) {
}
