package io.careerhistory.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AnnouncePromotionCommand(@TargetAggregateIdentifier String caseId,
                                       String message,
                                       LocalDate announcedOn) {
}
