package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record JoinLearningPodCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                     String podId,
                                     String podName,
                                     String topic,
                                     LocalDate joinedOn) {
}
