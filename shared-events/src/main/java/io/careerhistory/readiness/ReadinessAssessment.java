package io.careerhistory.readiness;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;
import java.util.List;

/**
 * The readiness rules' answer for one employee on one date, against one framework version. Its canonical JSON, and
 * so its hash ({@link CanonicalJson}), depends on nothing but the inputs of {@link ReadinessRules#assess}.
 *
 * @param reviewsRequired the committee reviews a promotion to {@code nextLevel} needs (0 when there is none)
 */
public record ReadinessAssessment(EmployeeId employeeId,
                                  LocalDate assessedOn,
                                  String rulesVersion,
                                  Integer frameworkVersion,
                                  String track,
                                  String level,
                                  LocalDate levelSince,
                                  Integer monthsInLevel,
                                  String nextLevel,
                                  String nextLevelTitle,
                                  ReadinessStatus status,
                                  List<CriterionResult> criteria,
                                  int reviewsRequired) {
}
