package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record AssignCommitteeCommand(@TargetAggregateIdentifier String caseId,
                                     List<EmployeeId> members,
                                     EmployeeId chairId,
                                     LocalDate assignedOn) {
}
