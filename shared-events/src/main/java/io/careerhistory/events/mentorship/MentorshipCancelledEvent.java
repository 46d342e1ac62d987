package io.careerhistory.events.mentorship;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The mentorship stopped early, or before any mentor was found ({@code mentorId} is then null). */
@Revision("1")
public record MentorshipCancelledEvent(String mentorshipId, @DataSubject EmployeeId menteeId, EmployeeId mentorId, @PersonalData String reason,
                                       LocalDate cancelledOn) {
}
