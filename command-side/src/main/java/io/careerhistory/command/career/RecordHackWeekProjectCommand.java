package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.HackWeekOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordHackWeekProjectCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                           String projectId,
                                           String hackWeek,
                                           String title,
                                           HackWeekOutcome outcome,
                                           List<String> skills,
                                           LocalDate endedOn) {
}
