package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records a promotion from before this system was in use, from an import (see {@code PromotionHistoryImportedEvent}). */
public record ImportPromotionHistoryCommand(@TargetAggregateIdentifier EmployeeId employeeId, String track,
                                            String fromLevel, String toLevel, LocalDate promotedOn, String source) {
}
