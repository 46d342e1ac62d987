package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.FeedbackDirection;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordFeedbackCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                    String feedbackId,
                                    FeedbackDirection direction,
                                    EmployeeId givenBy,
                                    String text,
                                    LocalDate receivedOn) {
}
