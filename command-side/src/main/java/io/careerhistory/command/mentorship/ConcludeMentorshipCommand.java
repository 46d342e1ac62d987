package io.careerhistory.command.mentorship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ConcludeMentorshipCommand(@TargetAggregateIdentifier String mentorshipId,
                                        String menteeFeedback,
                                        String mentorFeedback,
                                        LocalDate concludedOn) {
}
