package io.careerhistory.events.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A mentor was found for the request. Every later event of the mentorship names both people. */
@Revision("1")
public record MentorMatchedEvent(String mentorshipId, EmployeeId menteeId, EmployeeId mentorId, MentorshipKind kind,
                                 LocalDate matchedOn) {
}
