package io.careerhistory.infra.xapi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a valid statement means for the careers: a completion, the voiding of another statement, or nothing. */
sealed interface StatementMeaning {

    /** The employee it concerns, if any (its kept copy is sealed under their key). */
    String employeeId();

    record Completion(String employeeId, String courseId, String title, BigDecimal hours, LocalDate completedOn)
            implements StatementMeaning {
    }

    record Voiding(String targetId) implements StatementMeaning {
        @Override
        public String employeeId() {
            return null;
        }
    }

    record Ignored(String employeeId, String reason) implements StatementMeaning {
    }
}
