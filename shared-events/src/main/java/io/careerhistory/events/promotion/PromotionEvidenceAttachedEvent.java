package io.careerhistory.events.promotion;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The evidence of the case: the readiness rules ({@code rulesVersion}) applied to the employee's events in commits up
 * to global position {@code position}, on {@code assessedOn}, under framework version {@code frameworkVersion}.
 * {@code evidenceJson} is the result in canonical JSON and {@code evidenceSha256} its SHA-256, so that anyone can
 * re-derive it from the same events and compare.
 */
@Revision("1")
public record PromotionEvidenceAttachedEvent(String caseId, EmployeeId employeeId, long position, String rulesVersion,
                                             Integer frameworkVersion, String readinessStatus, String evidenceJson,
                                             String evidenceSha256, LocalDate assessedOn) {
}
