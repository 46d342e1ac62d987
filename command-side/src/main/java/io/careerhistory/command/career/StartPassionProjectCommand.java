package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record StartPassionProjectCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                         String projectId,
                                         String title,
                                         List<String> skills,
                                         LocalDate startedOn) {
}
