package io.careerhistory.events.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MentorshipSessionLoggedEvent(String mentorshipId, EmployeeId menteeId, EmployeeId mentorId,
                                           String sessionId, int minutes, String notes, LocalDate heldOn) {
}
