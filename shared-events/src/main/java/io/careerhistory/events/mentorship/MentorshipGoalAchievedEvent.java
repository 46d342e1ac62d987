package io.careerhistory.events.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** One of the goals named in the request was achieved. */
@Revision("1")
public record MentorshipGoalAchievedEvent(String mentorshipId, EmployeeId menteeId, EmployeeId mentorId, String goal,
                                          LocalDate achievedOn) {
}
