package io.careerhistory.events.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The employee agreed that their promotion may be celebrated publicly. Without it, nothing is announced. */
@Revision("1")
public record PromotionAnnouncementOptedInEvent(String caseId, EmployeeId employeeId, LocalDate optedInOn) {
}
