package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RetractCourseCompletionCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                             String completionId,
                                             String reason,
                                             LocalDate retractedOn) {
}
