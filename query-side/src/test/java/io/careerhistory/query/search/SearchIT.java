package io.careerhistory.query.search;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.query.EmbeddedMongo;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.directory.DirectoryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchIT {

    private static final LocalDate DAY = LocalDate.parse("2024-03-05");

    private EmbeddedMongo mongo;
    private SearchProjection projection;
    private DirectoryProjection directory;
    private SearchService search;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        SearchIndexRepository index = new SearchIndexRepository(mongo.database());
        DirectoryRepository cards = new DirectoryRepository(mongo.database());
        projection = new SearchProjection(index);
        directory = new DirectoryProjection(cards);
        search = new SearchService(index, cards);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void hire(String id, String name, String track, String level, String team) {
        EmployeeHiredEvent hired = new EmployeeHiredEvent(EmployeeId.of(id), name, id + "@example.com", id, track, level,
                                                          team, null, null, null, DAY);
        projection.on(hired);
        directory.on(hired);
    }

    private void feed() {
        hire("ada", "Ada Lovelace", "Engineering", "E3", "Payments");
        hire("kat", "Katherine Johnson", "Data", "DA4", "Search");
        hire("kay", "Kay Kubrick", "Engineering", "E2", "Search");
        projection.on(new CourseCompletedEvent(EmployeeId.of("ada"), "c1", "k8s-101", "Kubernetes Fundamentals",
                                               CourseProvider.ACADEMY, List.of("kubernetes", "Containers"),
                                               BigDecimal.ONE, DAY, null));
        projection.on(new TechTalkGivenEvent(EmployeeId.of("kat"), "t1", "Orbital mechanics for data people", "Tech Talks",
                                             List.of("statistics"), DAY));
        projection.on(new RotationProposedEvent(EmployeeId.of("ada"), "r1", "Design Systems", "Design", DAY,
                                                DAY.plusMonths(3), DAY));
        projection.on(new MentorshipRequestedEvent("m1", EmployeeId.of("kay"), MentorshipKind.CLASSIC,
                                                   "Kubernetes operators", List.of("write one"), DAY));
    }

    private List<String> found(String query) {
        return search.search(query, null, null, null, 20).stream().map(h -> h.type() + ":" + h.id()).toList();
    }

    @Test
    void findsEveryKindOfThingByAPrefixOfItsWords() {
        feed();

        assertThat(found("lovel")).containsExactly("person:ada");
        // each thing, and the person who did it
        assertThat(found("conta")).containsExactly("person:ada", "skill:containers");
        assertThat(found("orbit")).containsExactly("person:kat", "talk:t1");
        assertThat(found("design sys")).containsExactly("person:ada", "team:Design Systems");
        assertThat(found("operators")).containsExactly("person:kay", "topic:Kubernetes operators");
        assertThat(found("k8s")).containsExactly("person:ada", "course:k8s-101");
    }

    @Test
    void wholeWordsRankAboveBeginningsAndPeopleAboveThingsOfTheSameWords() {
        feed();

        assertThat(found("kubernetes")).containsExactly("person:kay", "person:ada", "skill:kubernetes",
                                                        "topic:Kubernetes operators", "course:k8s-101");
        assertThat(found("ku")).startsWith("person:kay"); // prefix for all; the person first
        assertThat(found("ka")).containsExactly("person:kay", "person:kat"); // equal scores: the shorter name first
    }

    @Test
    void anErasedNameIsNotIndexed() {
        feed();
        hire("eve", PersonalData.ERASED, "Engineering", "E3", "Payments");

        assertThat(found("erased")).isEmpty();
        assertThat(found("lovel")).containsExactly("person:ada");
    }

    @Test
    void everyWordMustMatch() {
        feed();

        assertThat(found("kubernetes fund")).containsExactly("person:ada", "course:k8s-101");
        assertThat(found("kubernetes katherine")).isEmpty();
    }

    @Test
    void findsPeopleByWhatTheyDidAcrossTheirWholeCareer() {
        feed();

        assertThat(found("kubernetes design")).as("who completed Kubernetes and did a rotation into Design")
                                             .containsExactly("person:ada");
        assertThat(found("kubernetes lovelace")).containsExactly("person:ada");
        assertThat(search.search("kubernetes", null, null, null, 20)).first()
                .satisfies(hit -> assertThat(hit.label()).isEqualTo("Kay Kubrick")) // named from the directory
                .satisfies(hit -> assertThat(hit.detail()).isEqualTo("Engineering E2 · Search"));
        directory.on(new EmployeeDepartedEvent(EmployeeId.of("kay"), DAY.plusYears(1), null));
        assertThat(search.search("kubrick", null, null, null, 20)).first()
                .satisfies(hit -> assertThat(hit.detail()).isEqualTo("Engineering E2 · Search · left"));
    }

    @Test
    void aRetractedCompletionOrACancelledRotationNoLongerFindsThePerson() {
        feed();
        projection.on(new CourseCompletionRetractedEvent(EmployeeId.of("ada"), "c1", "wrong person", DAY));
        projection.on(new RotationCancelledEvent(EmployeeId.of("ada"), "r1", "team reorganised", DAY));

        assertThat(found("kubernetes design")).isEmpty();
        assertThat(found("k8s")).containsExactly("course:k8s-101"); // the course stays in the catalogue
        assertThat(found("design sys")).containsExactly("team:Design Systems"); // the team stays too
        projection.on(new CourseCompletionRetractedEvent(EmployeeId.of("ada"), "c1", "wrong person", DAY)); // again
        assertThat(found("lovelace")).containsExactly("person:ada");
    }

    @Test
    void someoneErasedIsNotFoundByWhatTheyDid() {
        feed();
        hire("eve", PersonalData.ERASED, "Engineering", "E3", "Payments");
        projection.on(new CourseCompletedEvent(EmployeeId.of("eve"), "c9", "k8s-101", "Kubernetes Fundamentals",
                                               CourseProvider.ACADEMY, List.of("kubernetes"), BigDecimal.ONE, DAY, null));

        assertThat(found("kubernetes fundamentals")).containsExactly("person:ada", "course:k8s-101");
    }

    @Test
    void filtersKeepThePeopleOfThatTrackLevelAndTeam() {
        feed();

        assertThat(search.search("ka", "Data", null, null, 20)).extracting(SearchHit::id).containsExactly("kat");
        assertThat(search.search("ka", null, "E2", "Search", 20)).extracting(SearchHit::id).containsExactly("kay");
        assertThat(search.search("kub", null, null, "Payments", 20)).extracting(SearchHit::id).containsExactly("ada");
        assertThat(search.search("kub", null, null, "Design", 20)).isEmpty();
        // two letters find people by name only: facts are filed from three (SearchIndexRepository.FACT_MIN_PREFIX)
        assertThat(search.search("ku", null, null, "Payments", 20)).isEmpty();
    }

    @Test
    void aQueryWithoutAWordOfTwoCharactersIsRefused() {
        assertThatThrownBy(() -> search.search("a !", null, null, null, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feedingEveryEventTwiceGivesTheSameResults() {
        feed();
        List<SearchHit> once = search.search("ku", null, null, null, 20);
        feed();

        assertThat(search.search("ku", null, null, null, 20)).isEqualTo(once);
    }
}
