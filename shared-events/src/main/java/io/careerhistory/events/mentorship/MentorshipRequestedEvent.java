package io.careerhistory.events.mentorship;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The mentee asked for a mentor: what about ({@code topic}), what they want to achieve, and which kind. */
@Revision("1")
public record MentorshipRequestedEvent(String mentorshipId, EmployeeId menteeId, MentorshipKind kind, String topic,
                                       List<String> goals, LocalDate requestedOn) {
    public MentorshipRequestedEvent {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
