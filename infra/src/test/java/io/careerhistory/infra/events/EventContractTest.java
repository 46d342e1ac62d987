package io.careerhistory.infra.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalDroppedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeeHiredEvent1To2Upcaster;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.HackWeekOutcome;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LearningPodJoinedEvent;
import io.careerhistory.events.career.LearningPodLeftEvent;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.PassionProjectShippedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PassionProjectStoppedEvent;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.RetroTakeawayRecordedEvent;
import io.careerhistory.events.career.ReviewCompletedEvent;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipConcludedEvent;
import io.careerhistory.events.mentorship.MentorshipGoalAchievedEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.events.mentorship.MentorshipSessionLoggedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionCommitteeAssignedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.PromotionReviewedEvent;
import io.careerhistory.events.promotion.ReviewRecommendation;
import io.careerhistory.infra.axon.SerializerConfiguration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored events are a contract: each event's JSON as the store keeps it is approved in
 * {@code src/test/resources/contracts/<Event>.v<revision>.json}. A change to an event class fails here until it
 * comes with a new revision, an upcaster from the old JSON, and a new approved file; old files stay, and the
 * upcaster test reads them. The approved JSON shows personal fields in the clear; the store keeps each of them sealed
 * in place ({@code {"sealedFor": ..., "sealed": ...}}), which {@code PersonalDataSealingIT} pins down.
 */
class EventContractTest {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final LocalDate DAY = LocalDate.parse("2024-03-05");
    private final JacksonSerializer serializer = SerializerConfiguration.storageSerializer();
    private final ObjectMapper json = SerializerConfiguration.storageObjectMapper();

    static Stream<Object> samples() {
        return Stream.of(
                new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", "ada", "Engineering", "E3", "Payments",
                                       "Fintech", EmployeeId.of("boss"), "group-b", LocalDate.parse("2023-02-01")),
                new CourseCompletedEvent(ADA, "c1", "k8s-101", "Kubernetes Fundamentals", CourseProvider.ACADEMY,
                                         List.of("kubernetes", "containers"), new BigDecimal("6.5"), DAY, "lms-1"),
                new CourseCompletionRetractedEvent(ADA, "c1", "recorded for the wrong person", DAY),
                new EmployeeTransferredEvent(ADA, "Checkout", "Fintech", EmployeeId.of("pm-lead"), "Product", "P3", DAY),
                new EmployeeDepartedEvent(ADA, DAY, "moved abroad"),
                new PersonalDataErasedEvent(ADA, DAY),
                new TechTalkGivenEvent(ADA, "t1", "Event sourcing in practice", "Tech Talks", List.of("axon"), DAY),
                new LearningPodJoinedEvent(ADA, "rust-pod", "Rustaceans", "Rust", DAY),
                new LearningPodLeftEvent(ADA, "rust-pod", DAY),
                new HackWeekProjectRecordedEvent(ADA, "h1", "2024-spring", "Playlist radio", HackWeekOutcome.SHIPPED,
                                                 List.of("ml"), DAY),
                new PassionProjectStartedEvent(ADA, "p1", "Accessible charts", List.of("a11y"), DAY),
                new PassionProjectShippedEvent(ADA, "p1", "used by three squads", DAY),
                new PassionProjectStoppedEvent(ADA, "p1", "no time left", DAY),
                new DevelopmentGoalProposedEvent(ADA, "g1", "Lead a design review", GoalCategory.LEADERSHIP,
                                                 DAY.plusMonths(6), PlanParty.EMPLOYEE, DAY),
                new DevelopmentGoalAgreedEvent(ADA, "g1", PlanParty.MANAGER, DAY),
                new DevelopmentGoalProgressNotedEvent(ADA, "g1", "ran the first review", DAY),
                new DevelopmentGoalAchievedEvent(ADA, "g1", DAY),
                new DevelopmentGoalDroppedEvent(ADA, "g1", "changed teams", DAY),
                new FeedbackReceivedEvent(ADA, "f1", FeedbackDirection.UPWARD, EmployeeId.of("report"), "clear goals", DAY),
                new ReviewCompletedEvent(ADA, "r1", "2024-H1", "grew a lot", EmployeeId.of("boss"), "ready for more scope",
                                         DAY),
                new RetroTakeawayRecordedEvent(ADA, "t1", "Q1 launch retro", "ship smaller", DAY),
                new RotationProposedEvent(ADA, "r1", "Design Systems", "Design", DAY, DAY.plusMonths(3), DAY),
                new RotationApprovedEvent(ADA, "r1", EmployeeId.of("design-lead"), DAY),
                new RotationStartedEvent(ADA, "r1", DAY),
                new RotationExtendedEvent(ADA, "r1", DAY.plusMonths(4), DAY),
                new RotationCompletedEvent(ADA, "r1", RotationOutcome.CONVERTED, DAY),
                new RotationCancelledEvent(ADA, "r1", "team reorg", DAY),
                new MentoringGivenEvent(ADA, "m1", BOB, MentorshipKind.REVERSE, "testing", DAY),
                new EmployeePromotedEvent(ADA, "case-1", "Engineering", "E3", "E4", DAY),
                new LevelHistoryImportedEvent(ADA, "Engineering", "E2", LocalDate.parse("2018-01-01"), "workday", false),
                new PromotionHistoryImportedEvent(ADA, "Engineering", "E2", "E3", LocalDate.parse("2021-04-01"), "workday",
                                                  true),
                new MentorshipRequestedEvent("m1", BOB, MentorshipKind.CLASSIC, "system design",
                                             List.of("write an RFC"), DAY),
                new MentorMatchedEvent("m1", BOB, ADA, MentorshipKind.CLASSIC, DAY),
                new MentorshipSessionLoggedEvent("m1", BOB, ADA, "s1", 45, "whiteboarding", DAY),
                new MentorshipGoalAchievedEvent("m1", BOB, ADA, "write an RFC", DAY),
                new MentorshipConcludedEvent("m1", BOB, ADA, MentorshipKind.CLASSIC, "system design", "learned a lot",
                                             "great questions", DAY),
                new MentorshipCancelledEvent("m1", BOB, null, "found a course instead", DAY),
                new PromotionNominatedEvent("case-1", ADA, "Engineering", "E3", "E5", "led two tribes", 1, 3,
                                            EmployeeId.of("boss"), "exceptional impact", DAY),
                new PromotionCommitteeAssignedEvent("case-1", ADA, List.of(EmployeeId.of("chair"), BOB),
                                                    EmployeeId.of("chair"), DAY),
                new PromotionEvidenceAttachedEvent("case-1", ADA, 42, "readiness-rules/1", 1, "READY",
                                                   "{\"status\":\"READY\"}", "9f2b", DAY),
                new PromotionReviewedEvent("case-1", ADA, BOB, ReviewRecommendation.APPROVE, "ready", DAY),
                new PromotionDecidedEvent("case-1", ADA, EmployeeId.of("chair"), PromotionOutcome.APPROVED,
                                          "meets every criterion", "Engineering", "E3", "E5", DAY),
                new PromotionAnnouncementOptedInEvent("case-1", ADA, DAY),
                new PromotionAnnouncedEvent("case-1", ADA, "Congratulations!", DAY),
                new FrameworkVersionPublishedEvent("career-framework", 2, DAY, List.of(new TrackDefinition("Design", List.of(
                        new LevelDefinition("D3", "Senior Designer", 3, List.of(
                                new Criterion(CriterionKind.SKILLS, 1, List.of("interaction design"), "interaction design"),
                                new Criterion(CriterionKind.MONTHS_IN_LEVEL, 12, List.of(), "a year in level"))))))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theStoredJsonOfEachEventMatchesItsApprovedContract(Object event) throws IOException {
        String revision = event.getClass().getAnnotation(Revision.class).value();
        JsonNode approved = json.readTree(contract(event.getClass().getSimpleName() + ".v" + revision + ".json"));
        SerializedObject<String> stored = serializer.serialize(event, String.class);

        assertThat(json.readTree(stored.getData()))
                .as("stored JSON of %s revision %s: %s", event.getClass().getSimpleName(), revision, stored.getData())
                .isEqualTo(approved);
        assertThat(stored.getType().getRevision()).isEqualTo(revision);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(event);
    }

    @Test
    void everyEventClassHasASampleHere() {
        List<String> sampled = samples().map(e -> e.getClass().getName()).toList();
        List<String> events = new ClassFileImporter().importPackages("io.careerhistory.events").stream()
                                                     .filter(c -> c.isAnnotatedWith(Revision.class))
                                                     .map(JavaClass::getName)
                                                     .toList();

        assertThat(sampled).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void aRevision1HireIsUpcastWithoutInventingTheFieldsItDidNotHave() throws IOException {
        String revision1 = contract("EmployeeHiredEvent.v1.json");
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>(
                "EmployeeCareer", "ada", 0, "event-1", "2023-02-01T09:00:00Z", EmployeeHiredEvent.class.getName(), "1",
                revision1, "{}");
        EventUpcasterChain chain = new EventUpcasterChain(new EmployeeHiredEvent1To2Upcaster());

        List<IntermediateEventRepresentation> upcast =
                chain.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        EmployeeHiredEvent event = serializer.deserialize(upcast.get(0).getData());
        assertThat(event).isEqualTo(new EmployeeHiredEvent(ADA, "Ada Lovelace", "ada@example.com", null, "Engineering",
                                                           "E3", "Payments", null, EmployeeId.of("boss"), null,
                                                           LocalDate.parse("2023-02-01")));
    }

    private static String contract(String name) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as("approved contract file contracts/" + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
