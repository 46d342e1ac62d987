package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Feedback the employee received. {@code text} is personal data (ADR 0008). */
@Revision("1")
public record FeedbackReceivedEvent(@DataSubject EmployeeId employeeId, String feedbackId, FeedbackDirection direction,
                                    EmployeeId givenBy, @PersonalData String text, LocalDate receivedOn) {
}
