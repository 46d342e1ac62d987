package io.careerhistory.infra.importing;

import java.util.List;

/**
 * A validated import: the commands to send, in order (hires, then each employee's history by date, then courses),
 * each with the row it came from, and how many of each kind.
 */
record ImportPlan(List<Step> steps, int employees, int levels, int promotions, int courses) {

    /** One command, and the file and line it came from. */
    record Step(String file, int line, Object command) {
    }
}
