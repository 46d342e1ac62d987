package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CompleteReviewCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                    String reviewId,
                                    String period,
                                    String selfReflection,
                                    EmployeeId reviewerId,
                                    String managerAssessment,
                                    LocalDate completedOn) {
}
