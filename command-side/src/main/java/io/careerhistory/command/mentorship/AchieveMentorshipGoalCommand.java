package io.careerhistory.command.mentorship;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AchieveMentorshipGoalCommand(@TargetAggregateIdentifier String mentorshipId,
                                           String goal,
                                           LocalDate achievedOn) {
}
