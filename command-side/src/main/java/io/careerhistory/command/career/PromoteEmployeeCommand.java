package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the promotion approval saga, not by people: applies an approved case's level change. */
public record PromoteEmployeeCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                     String caseId,
                                     String track,
                                     String toLevel,
                                     LocalDate effectiveOn) {
}
