package io.careerhistory.command.promotion;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AttachEvidenceCommand(@TargetAggregateIdentifier String caseId,
                                    LocalDate assessedOn) {
}
