package io.careerhistory.command.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record MatchMentorCommand(@TargetAggregateIdentifier String mentorshipId,
                                 EmployeeId mentorId,
                                 LocalDate matchedOn) {
}
