package io.careerhistory.command.mentorship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record LogMentorshipSessionCommand(@TargetAggregateIdentifier String mentorshipId,
                                          String sessionId,
                                          int minutes,
                                          String notes,
                                          LocalDate heldOn) {
}
