package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record NominateForPromotionCommand(@TargetAggregateIdentifier String caseId,
                                          EmployeeId employeeId,
                                          String toLevel,
                                          String exceptionReason,
                                          EmployeeId nominatedBy,
                                          String justification,
                                          LocalDate nominatedOn) {
}
