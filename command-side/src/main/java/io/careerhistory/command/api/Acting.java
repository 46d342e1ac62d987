package io.careerhistory.command.api;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.PlanParty;

import java.util.Arrays;
import java.util.List;

/**
 * Who acts on a career, from the command's metadata ({@code actorEmployeeId}, {@code actorRoles}): absent when the
 * system acts (demo data, policies, imports), which no rule about people restricts.
 */
public record Acting(String employeeId, List<String> roles) {

    public static final String LEARNING_RECORD_SOURCE = "LEARNING_RECORD_SOURCE";

    public static Acting of(String employeeId, String roles) {
        return new Acting(employeeId, roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")));
    }

    public boolean isSystem() {
        return employeeId == null && roles.isEmpty();
    }

    /** Only the employee's current manager or a talent partner. */
    public void requireManagerOrTalentPartner(EmployeeId employee, EmployeeId manager, String what) {
        if (isSystem() || roles.contains("TALENT_PARTNER")) {
            return;
        }
        if (manager == null || !manager.value().equals(employeeId)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_REPORT,
                                            "Only the manager of " + employee + " or a talent partner may " + what);
        }
    }

    /**
     * A course completion: the employee's current manager, a talent partner, or a learning-record source (an LMS
     * reporting through xAPI), which speaks for the courses it runs.
     */
    public void requireRecorderOfCompletions(EmployeeId employee, EmployeeId manager, String what) {
        if (!roles.contains(LEARNING_RECORD_SOURCE)) {
            requireManagerOrTalentPartner(employee, manager, what);
        }
    }

    /** The employee themselves, their current manager, or a talent partner. */
    public void requireSelfManagerOrTalentPartner(EmployeeId employee, EmployeeId manager, String what) {
        if (isSystem() || roles.contains("TALENT_PARTNER") || employee.value().equals(employeeId)
                || (manager != null && manager.value().equals(employeeId))) {
            return;
        }
        throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_RECORD,
                                        "Only " + employee + ", their manager or a talent partner may record " + what);
    }

    /** The employee themselves: what they choose to record of their own. */
    public void requireSelf(EmployeeId employee, String what) {
        if (!isSystem() && !employee.value().equals(employeeId)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_YOUR_RECORD, "Only " + employee + " records " + what);
        }
    }

    /** One of the two people of a mentorship, or a talent partner (who runs the program). */
    public void requireMentorshipParty(EmployeeId mentee, EmployeeId mentor, String what) {
        if (isSystem() || roles.contains("TALENT_PARTNER") || mentee.value().equals(employeeId)
                || (mentor != null && mentor.value().equals(employeeId))) {
            return;
        }
        throw new BusinessRuleViolation(ErrorCode.NOT_PARTY_TO_MENTORSHIP,
                                        "Only the mentee, the mentor or a talent partner may " + what);
    }

    /** The side of the development plan the actor is on: the employee, or their current manager. */
    public PlanParty party(EmployeeId employee, EmployeeId manager) {
        if (employee.value().equals(employeeId)) {
            return PlanParty.EMPLOYEE;
        }
        if (manager != null && manager.value().equals(employeeId)) {
            return PlanParty.MANAGER;
        }
        throw new BusinessRuleViolation(ErrorCode.NOT_PARTY_TO_PLAN,
                                        "The plan of " + employee + " is agreed between them and their manager");
    }
}
