package io.careerhistory.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record OptInToAnnouncementCommand(@TargetAggregateIdentifier String caseId,
                                         LocalDate optedInOn) {
}
