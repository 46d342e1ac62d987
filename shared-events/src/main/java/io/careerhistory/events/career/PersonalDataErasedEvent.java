package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The employee's personal data was erased on {@code erasedOn}: their key is destroyed, so every personal field of
 * their events now reads as erased, while the events themselves, and the hash chain over them, stay (ADR 0015).
 * Nothing new is recorded about them afterwards. Who asked is in the event's metadata.
 */
@Revision("1")
public record PersonalDataErasedEvent(EmployeeId employeeId, LocalDate erasedOn) {
}
