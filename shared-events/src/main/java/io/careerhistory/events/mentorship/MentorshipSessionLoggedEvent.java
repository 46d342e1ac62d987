package io.careerhistory.events.mentorship;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MentorshipSessionLoggedEvent(String mentorshipId, @DataSubject EmployeeId menteeId, EmployeeId mentorId,
                                           String sessionId, int minutes, @PersonalData String notes, LocalDate heldOn) {
}
