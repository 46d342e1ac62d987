package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Feedback the employee received. {@code text} is personal data (ADR 0008). */
@Revision("1")
public record FeedbackReceivedEvent(EmployeeId employeeId, String feedbackId, FeedbackDirection direction,
                                    EmployeeId givenBy, String text, LocalDate receivedOn) {
}
