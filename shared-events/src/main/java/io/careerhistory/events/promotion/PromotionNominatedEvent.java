package io.careerhistory.events.promotion;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A nomination opened case {@code caseId}: the employee from {@code fromLevel} to {@code toLevel} of {@code track},
 * under framework version {@code frameworkVersion}, which asks for {@code reviewsRequired} committee reviews.
 * {@code toLevel} is the next level of the track unless {@code exceptionReason} documents why not (null otherwise).
 */
@Revision("1")
public record PromotionNominatedEvent(String caseId, @DataSubject EmployeeId employeeId, String track, String fromLevel,
                                      String toLevel, @PersonalData String exceptionReason, int frameworkVersion, int reviewsRequired,
                                      EmployeeId nominatedBy, @PersonalData String justification, LocalDate nominatedOn) {
}
