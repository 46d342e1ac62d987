package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;

/**
 * Which case is open for each employee, across all {@link PromotionCase} aggregates: at most one, a rule no single case
 * can keep, so a nomination claims the employee here, atomically, and the decision releases the claim.
 */
public interface OpenPromotionCases {

    /** Claims the employee for the case; false when another open case holds them. Claiming again for the same case is fine. */
    boolean claim(EmployeeId employeeId, String caseId);

    /** Lets go of the employee, if this case holds them: the nomination failed, or the case is decided. */
    void release(EmployeeId employeeId, String caseId);
}
