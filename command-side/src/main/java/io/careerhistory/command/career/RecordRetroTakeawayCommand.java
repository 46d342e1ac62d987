package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RecordRetroTakeawayCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                         String takeawayId,
                                         String retrospective,
                                         String takeaway,
                                         LocalDate recordedOn) {
}
