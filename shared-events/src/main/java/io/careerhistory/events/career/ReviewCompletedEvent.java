package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A two-way review of one period: the employee's own reflection and their manager's assessment, both required.
 * The texts are personal data (ADR 0008).
 */
@Revision("1")
public record ReviewCompletedEvent(@DataSubject EmployeeId employeeId, String reviewId, String period, @PersonalData String selfReflection,
                                   EmployeeId reviewerId, @PersonalData String managerAssessment, LocalDate completedOn) {
}
