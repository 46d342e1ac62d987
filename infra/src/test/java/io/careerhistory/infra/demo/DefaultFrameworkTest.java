package io.careerhistory.infra.demo;

import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The framework every new store starts with: the four tracks, 5 to 7 levels each, ranked upwards, with criteria. */
class DefaultFrameworkTest {

    private final FrameworkBootstrap.DefaultFramework framework = FrameworkBootstrap.read();

    @Test
    void hasEngineeringProductDesignAndDataWithFiveToSevenLevelsEach() {
        assertThat(framework.version()).isEqualTo(1);
        assertThat(framework.tracks()).extracting(TrackDefinition::name)
                                      .containsExactly("Engineering", "Product", "Design", "Data");
        assertThat(framework.tracks()).allSatisfy(track -> assertThat(track.levels()).hasSizeBetween(5, 7));
    }

    @Test
    void levelsRankUpwardsAndEveryLevelAboveTheFirstHasCriteriaIncludingReviews() {
        for (TrackDefinition track : framework.tracks()) {
            List<Integer> ranks = track.levels().stream().map(LevelDefinition::rank).toList();
            assertThat(ranks).as(track.name()).isSorted().doesNotHaveDuplicates();
            assertThat(track.levels()).allSatisfy(level -> assertThat(level.criteria())
                    .anySatisfy(c -> assertThat(c.kind()).isEqualTo(CriterionKind.PROMOTION_REVIEWS)));
        }
    }
}
