package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.ReviewRecommendation;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ReviewPromotionCommand(@TargetAggregateIdentifier String caseId,
                                     EmployeeId reviewerId,
                                     ReviewRecommendation recommendation,
                                     String comments,
                                     LocalDate reviewedOn) {
}
