package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A role the employee held from {@code heldFrom}, as another system's records say (an HRIS export), recorded from an
 * import: history from before this system was in use, neither a transfer nor a promotion decided here. {@code source}
 * names the system it came from. {@code current} says it is the role they hold now (no later change is recorded), so
 * that a reader needs no earlier event to know.
 */
@Revision("1")
public record LevelHistoryImportedEvent(EmployeeId employeeId, String track, String level, LocalDate heldFrom,
                                        String source, boolean current) {
}
