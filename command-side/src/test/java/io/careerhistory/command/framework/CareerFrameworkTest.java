package io.careerhistory.command.framework;

import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.careerhistory.command.api.BusinessRuleMatchers.violating;

class CareerFrameworkTest {

    private static final LocalDate V1_DATE = LocalDate.parse("2020-01-01");
    private FixtureConfiguration<CareerFramework> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CareerFramework.class);
    }

    private static List<TrackDefinition> tracks(int... ranks) {
        List<LevelDefinition> levels = new java.util.ArrayList<>();
        for (int i = 0; i < ranks.length; i++) {
            levels.add(new LevelDefinition("E" + (i + 1), "Level " + (i + 1), ranks[i],
                                           List.of(new Criterion(CriterionKind.MONTHS_IN_LEVEL, 12, List.of(), "a year"))));
        }
        return List.of(new TrackDefinition("Engineering", levels));
    }

    private static FrameworkVersionPublishedEvent version1() {
        return new FrameworkVersionPublishedEvent(CareerFramework.ID, 1, V1_DATE, tracks(1, 2, 3));
    }

    @Test
    void publishesTheFirstVersionIntoAnEmptyStore() {
        fixture.givenNoPriorActivity()
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 1, V1_DATE, tracks(1, 2, 3)))
               .expectEvents(version1());
    }

    @Test
    void versionsComeInOrderWithoutGaps() {
        fixture.given(version1())
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 3, V1_DATE.plusYears(1), tracks(1, 2, 3)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.FRAMEWORK_VERSION_OUT_OF_ORDER));
        fixture.given(version1())
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 1, V1_DATE.plusYears(1), tracks(1, 2, 3)))
               .expectException(violating(ErrorCode.FRAMEWORK_VERSION_OUT_OF_ORDER));
    }

    @Test
    void aNewVersionTakesEffectAfterThePreviousOne() {
        fixture.given(version1())
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 2, V1_DATE, tracks(1, 2, 3)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.FRAMEWORK_DATE_NOT_LATER));
        fixture.given(version1())
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 2, V1_DATE.plusYears(1), tracks(1, 2, 3, 4)))
               .expectEvents(new FrameworkVersionPublishedEvent(CareerFramework.ID, 2, V1_DATE.plusYears(1),
                                                                tracks(1, 2, 3, 4)));
    }

    @Test
    void levelsMustRankUpwards() {
        fixture.givenNoPriorActivity()
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 1, V1_DATE, tracks(1, 3, 2)))
               .expectNoEvents()
               .expectException(violating(ErrorCode.FRAMEWORK_INVALID));
    }

    private static List<TrackDefinition> oneLevel(String title, Criterion criterion) {
        return List.of(new TrackDefinition("Engineering", List.of(new LevelDefinition("E1", title, 1, List.of(criterion)))));
    }

    @Test
    void everyLevelHasATitleAndEveryCriterionADescriptionACountOfZeroOrMoreAndSkillsWhenItCountsSkills() {
        Criterion aYear = new Criterion(CriterionKind.MONTHS_IN_LEVEL, 12, List.of(), "a year");
        List<List<TrackDefinition>> invalid = List.of(
                oneLevel(" ", aYear),
                oneLevel("Engineer", new Criterion(CriterionKind.COURSES_COMPLETED, -3, List.of(), "courses")),
                oneLevel("Engineer", new Criterion(CriterionKind.TECH_TALKS, 1, List.of(), "")),
                oneLevel("Engineer", new Criterion(CriterionKind.SKILLS, 1, List.of(), "some skill")),
                oneLevel("Engineer", new Criterion(CriterionKind.SKILLS, 1, List.of("kubernetes", " "), "k8s")));
        for (List<TrackDefinition> tracks : invalid) {
            fixture.givenNoPriorActivity()
                   .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 1, V1_DATE, tracks))
                   .expectNoEvents()
                   .expectException(violating(ErrorCode.FRAMEWORK_INVALID));
        }
        List<TrackDefinition> valid = oneLevel("Engineer", new Criterion(CriterionKind.SKILLS, 0, List.of("k8s"), "k8s"));
        fixture.givenNoPriorActivity()
               .when(new PublishFrameworkVersionCommand(CareerFramework.ID, 1, V1_DATE, valid))
               .expectEvents(new FrameworkVersionPublishedEvent(CareerFramework.ID, 1, V1_DATE, valid));
    }
}
