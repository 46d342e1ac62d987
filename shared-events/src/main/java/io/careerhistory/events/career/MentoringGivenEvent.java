package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorshipKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A concluded mentorship credited to the mentor's own career, so that their history (and the readiness rules, which
 * count mentoring given) holds it without reading other aggregates. It follows a {@code MentorshipConcludedEvent}.
 */
@Revision("1")
public record MentoringGivenEvent(EmployeeId employeeId, String mentorshipId, EmployeeId menteeId, MentorshipKind kind,
                                  String topic, LocalDate concludedOn) {
}
