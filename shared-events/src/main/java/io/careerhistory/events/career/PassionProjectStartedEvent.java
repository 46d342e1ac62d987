package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The employee started a passion project: work of their own choosing, beside their team's. */
@Revision("1")
public record PassionProjectStartedEvent(EmployeeId employeeId, String projectId, String title, List<String> skills,
                                         LocalDate startedOn) {
}
