package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A promotion recorded from an import: decided before this system was in use, by whatever process applied then, and
 * known here only because another system's records (an HRIS export named by {@code source}) say so. No case,
 * committee, evidence, review or four-eyes decision exists for it here, and none is claimed. {@code current}: as for
 * {@link LevelHistoryImportedEvent}.
 */
@Revision("1")
public record PromotionHistoryImportedEvent(EmployeeId employeeId, String track, String fromLevel, String toLevel,
                                            LocalDate promotedOn, String source, boolean current) {
}
