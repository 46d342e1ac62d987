package io.careerhistory.query.readiness;

import io.careerhistory.readiness.ReadinessStatus;

/** One line of the readiness list: who, where, and how ready for which level. */
public record ReadinessSummary(String employeeId, String name, String team, String track, String level,
                               String nextLevel, Integer monthsInLevel, ReadinessStatus status) {
}
