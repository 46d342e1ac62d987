package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The employee gave a talk, e.g. at the internal tech talks; {@code venue} names where. */
@Revision("1")
public record TechTalkGivenEvent(EmployeeId employeeId, String talkId, String title, String venue, List<String> skills,
                                 LocalDate givenOn) {
}
