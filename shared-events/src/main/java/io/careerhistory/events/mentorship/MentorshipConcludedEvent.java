package io.careerhistory.events.mentorship;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The mentorship ended as planned, with what each side says about it. */
@Revision("1")
public record MentorshipConcludedEvent(String mentorshipId, @DataSubject EmployeeId menteeId, EmployeeId mentorId,
                                       MentorshipKind kind, String topic, @PersonalData String menteeFeedback, @PersonalData String mentorFeedback,
                                       LocalDate concludedOn) {
}
