package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record OptInToAnnouncementCommand(@TargetAggregateIdentifier String caseId,
                                         EmployeeId optedInBy,
                                         LocalDate optedInOn) {
}
