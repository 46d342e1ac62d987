package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by {@code MentoringCredits}, not by people: credits a concluded mentorship to the mentor's career. */
public record CreditMentoringCommand(@TargetAggregateIdentifier EmployeeId mentorId,
                                     String mentorshipId,
                                     EmployeeId menteeId,
                                     MentorshipKind kind,
                                     String topic,
                                     LocalDate concludedOn) {
}
