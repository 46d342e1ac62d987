package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ProposeRotationCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                     String rotationId,
                                     String hostTeam,
                                     String hostTrack,
                                     LocalDate plannedStart,
                                     LocalDate plannedEnd,
                                     LocalDate proposedOn) {
}
