package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.PromotionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record DecidePromotionCommand(@TargetAggregateIdentifier String caseId,
                                     EmployeeId decidedBy,
                                     PromotionOutcome outcome,
                                     String rationale,
                                     LocalDate decidedOn) {
}
