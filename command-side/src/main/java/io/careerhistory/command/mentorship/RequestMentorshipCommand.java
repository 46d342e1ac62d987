package io.careerhistory.command.mentorship;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RequestMentorshipCommand(@TargetAggregateIdentifier String mentorshipId,
                                       EmployeeId menteeId,
                                       MentorshipKind kind,
                                       String topic,
                                       List<String> goals,
                                       LocalDate requestedOn) {
}
