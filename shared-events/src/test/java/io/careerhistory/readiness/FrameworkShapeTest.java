package io.careerhistory.readiness;

import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing a version and trying out a draft refuse the same frameworks, each for a reason a person can act on. */
class FrameworkShapeTest {

    private static List<TrackDefinition> engineering(Criterion... e3) {
        return List.of(new TrackDefinition("Engineering", List.of(
                new LevelDefinition("E2", "Engineer", 2, List.of()),
                new LevelDefinition("E3", "Senior Engineer", 3, List.of(e3)))));
    }

    @Test
    void aFrameworkEveryLevelOfWhichCanBeAssessedAndReadHasNoProblem() {
        assertThat(FrameworkShape.problemIn(engineering(
                new Criterion(CriterionKind.SKILLS, 1, List.of("kubernetes"), "knows Kubernetes"),
                new Criterion(CriterionKind.MONTHS_IN_LEVEL, 0, List.of(), "any time")))).isEmpty();
    }

    @Test
    void eachProblemIsNamedWithTheLevelItIsIn() {
        assertThat(FrameworkShape.problemIn(engineering(
                new Criterion(CriterionKind.COURSES_COMPLETED, -2, List.of(), "x"))))
                .contains("in level Engineering E3, the COURSES_COMPLETED minimum is -2; a count is 0 or more");
        assertThat(FrameworkShape.problemIn(engineering(new Criterion(CriterionKind.SKILLS, 1, List.of(), "skills"))))
                .contains("in level Engineering E3, the SKILLS criterion must name its skills, none of them blank");
        assertThat(FrameworkShape.problemIn(engineering(new Criterion(CriterionKind.TECH_TALKS, 1, List.of(), " "))))
                .contains("in level Engineering E3, the TECH_TALKS criterion has no description");
        assertThat(FrameworkShape.problemIn(List.of(new TrackDefinition("Design", List.of(
                new LevelDefinition("D2", "Designer", 2, List.of()),
                new LevelDefinition("D3", "Designer", 2, List.of()))))))
                .contains("in track Design, level D3 repeats a code or does not rank above the level before it");
        assertThat(FrameworkShape.problemIn(List.of(new TrackDefinition("Data", List.of()))))
                .contains("track Data is unnamed, repeated or has no levels");
    }
}
