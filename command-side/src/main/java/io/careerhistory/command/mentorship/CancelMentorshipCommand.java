package io.careerhistory.command.mentorship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record CancelMentorshipCommand(@TargetAggregateIdentifier String mentorshipId,
                                      String reason,
                                      LocalDate cancelledOn) {
}
