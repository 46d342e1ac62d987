package io.careerhistory.infra.importing;

import io.careerhistory.command.career.ImportEmployeeCommand;
import io.careerhistory.command.career.ImportLevelHistoryCommand;
import io.careerhistory.command.career.ImportPromotionHistoryCommand;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated import: the commands to send, in order (hires, then each employee's history by date, then courses),
 * each with the row it came from, and how many of each kind.
 */
record ImportPlan(List<Step> steps, int employees, int levels, int promotions, int courses) {

    /** One command, and the file and line it came from. */
    record Step(String file, int line, Object command) {

        /** Whose record the command writes to. */
        EmployeeId employeeId() {
            if (command instanceof ImportEmployeeCommand hire) {
                return hire.employeeId();
            }
            if (command instanceof ImportLevelHistoryCommand level) {
                return level.employeeId();
            }
            if (command instanceof ImportPromotionHistoryCommand promotion) {
                return promotion.employeeId();
            }
            return ((RecordCourseCompletionCommand) command).employeeId();
        }
    }

    /** The steps per employee, each employee's in plan order: one employee's depend on each other, no one else's. */
    Map<EmployeeId, List<Step>> byEmployee() {
        Map<EmployeeId, List<Step>> grouped = new LinkedHashMap<>();
        steps.forEach(step -> grouped.computeIfAbsent(step.employeeId(), id -> new ArrayList<>()).add(step));
        return grouped;
    }
}
