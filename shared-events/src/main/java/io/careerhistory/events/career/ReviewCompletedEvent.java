package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A two-way review of one period: the employee's own reflection and their manager's assessment, both required.
 * The texts are personal data (ADR 0008).
 */
@Revision("1")
public record ReviewCompletedEvent(EmployeeId employeeId, String reviewId, String period, String selfReflection,
                                   EmployeeId reviewerId, String managerAssessment, LocalDate completedOn) {
}
