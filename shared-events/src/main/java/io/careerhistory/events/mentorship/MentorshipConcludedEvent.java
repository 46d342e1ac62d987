package io.careerhistory.events.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The mentorship ended as planned, with what each side says about it. */
@Revision("1")
public record MentorshipConcludedEvent(String mentorshipId, EmployeeId menteeId, EmployeeId mentorId,
                                       MentorshipKind kind, String topic, String menteeFeedback, String mentorFeedback,
                                       LocalDate concludedOn) {
}
