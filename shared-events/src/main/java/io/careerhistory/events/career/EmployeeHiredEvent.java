package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * Someone joined the company. {@code hiredOn} is the business date; when it was recorded is the event's timestamp.
 * {@code managerId} is null for someone without a manager. {@code loginName} is how security will recognise them.
 * {@code selfIdentifiedGroup} is voluntary, null unless given, personal data, and used only in aggregate fairness
 * analysis over groups of 5 or more (ADR 0008).
 * Revision 2 added {@code loginName}, {@code tribe} and {@code selfIdentifiedGroup} ({@link EmployeeHiredEvent1To2Upcaster}).
 */
@Revision("2")
public record EmployeeHiredEvent(@DataSubject EmployeeId employeeId,
                                 @PersonalData String name,
                                 @PersonalData String email,
                                 @PersonalData String loginName,
                                 String track,
                                 String level,
                                 String team,
                                 String tribe,
                                 EmployeeId managerId,
                                 @PersonalData String selfIdentifiedGroup,
                                 LocalDate hiredOn) {
}
