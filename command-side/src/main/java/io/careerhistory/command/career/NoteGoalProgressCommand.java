package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record NoteGoalProgressCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                      String goalId,
                                      String note,
                                      LocalDate notedOn) {
}
