package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A job rotation was proposed: the employee would work in {@code hostTeam}, in the host role's {@code hostTrack},
 * from {@code plannedStart} to {@code plannedEnd}.
 */
@Revision("1")
public record RotationProposedEvent(EmployeeId employeeId, String rotationId, String hostTeam, String hostTrack,
                                    LocalDate plannedStart, LocalDate plannedEnd, LocalDate proposedOn) {
}
