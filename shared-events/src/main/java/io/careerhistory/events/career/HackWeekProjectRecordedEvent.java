package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The employee's project in a hack week ({@code hackWeek} names it, e.g. "2024-spring"), with its outcome. */
@Revision("1")
public record HackWeekProjectRecordedEvent(EmployeeId employeeId, String projectId, String hackWeek, String title,
                                           HackWeekOutcome outcome, List<String> skills, LocalDate endedOn) {
}
