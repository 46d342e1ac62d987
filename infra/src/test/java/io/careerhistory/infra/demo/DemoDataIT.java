package io.careerhistory.infra.demo;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.infra.eventstore.StoredCommitDocuments;
import io.careerhistory.infra.identity.LoginNames;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated organisation: 200 employees across the four tracks, with every program of the domain in their history. */
@SpringBootTest(properties = {"career.embedded.storage=memory", "career.demo-data=true"})
class DemoDataIT {

    @Autowired
    LoginNames loginNames;

    @Autowired
    MongoDatabase database;

    @Autowired
    DemoDataLoader loader;

    /** The policies (mentoring credits, promotion approvals) finish after the loader: wait until nothing changes. */
    private long settledCommitCount() throws InterruptedException {
        long count = -1;
        for (int i = 0; i < 60; i++) {
            long now = database.getCollection("commits").countDocuments();
            if (now == count) {
                return count;
            }
            count = now;
            Thread.sleep(2_000);
        }
        throw new AssertionError("the policies did not settle within two minutes");
    }

    @Test
    void generatesTwoHundredEmployeesWithThreeYearsOfEveryProgramThroughTheCommandSide() throws InterruptedException {
        long before = settledCommitCount();
        Map<String, Integer> eventsByType = new HashMap<>();
        Map<String, Integer> marked = new HashMap<>(); // "<event type> <marker>" -> how many payloads contain it
        List<String> committees = new ArrayList<>();
        for (Document commit : database.getCollection("commits").find()) { // a test may scan; the application never does
            assertThat(commit.getString("actor")).matches("demo-data|system(:.+)?");
            for (Document event : StoredCommitDocuments.events(commit)) {
                String type = event.getString("payloadType");
                eventsByType.merge(type.substring(type.lastIndexOf('.') + 1), 1, Integer::sum);
                if (type.endsWith(".PromotionCommitteeAssignedEvent")) {
                    committees.add(event.getString("payload"));
                }
                for (String marker : List.of("CONVERTED", "REVERSE", "APPROVED", "REJECTED")) {
                    if (event.getString("payload").contains('"' + marker + '"')) {
                        marked.merge(type.substring(type.lastIndexOf('.') + 1) + " " + marker, 1, Integer::sum);
                    }
                }
            }
        }

        assertThat(eventsByType.get("EmployeeHiredEvent")).as("200 generated, and the demo users manager, employee, "
                                                               + "committee").isEqualTo(203);
        assertThat(loginNames.employeeIdOf("employee")).as("the demo user 'employee' is an employee").isPresent();
        assertThat(eventsByType).containsKeys("CourseCompletedEvent", "CourseCompletionRetractedEvent", "TechTalkGivenEvent",
                                              "LearningPodJoinedEvent", "LearningPodLeftEvent", "HackWeekProjectRecordedEvent",
                                              "PassionProjectStartedEvent", "PassionProjectShippedEvent",
                                              "PassionProjectStoppedEvent", "DevelopmentGoalProposedEvent",
                                              "DevelopmentGoalAgreedEvent", "DevelopmentGoalAchievedEvent",
                                              "DevelopmentGoalDroppedEvent", "FeedbackReceivedEvent", "ReviewCompletedEvent",
                                              "RetroTakeawayRecordedEvent", "EmployeeTransferredEvent", "RotationProposedEvent",
                                              "RotationCompletedEvent", "RotationCancelledEvent", "EmployeeDepartedEvent",
                                              "MentorshipRequestedEvent", "MentorMatchedEvent", "MentorshipSessionLoggedEvent",
                                              "MentorshipGoalAchievedEvent", "MentorshipConcludedEvent",
                                              "MentorshipCancelledEvent", "MentoringGivenEvent", "PromotionNominatedEvent",
                                              "PromotionCommitteeAssignedEvent", "PromotionEvidenceAttachedEvent",
                                              "PromotionReviewedEvent", "PromotionDecidedEvent", "EmployeePromotedEvent",
                                              "PromotionAnnouncementOptedInEvent", "PromotionAnnouncedEvent");
        assertThat(eventsByType.get("MentoringGivenEvent")).as("every conclusion credited to the mentor")
                                                         .isEqualTo(eventsByType.get("MentorshipConcludedEvent"));
        assertThat(marked).as("some rotations converted, some mentorships reverse, promotions approved and rejected")
                          .containsKeys("RotationCompletedEvent CONVERTED", "MentorshipRequestedEvent REVERSE",
                                        "PromotionDecidedEvent APPROVED", "PromotionDecidedEvent REJECTED");
        assertThat(eventsByType.get("PromotionNominatedEvent")).as("one case left open, for the demo users to act on")
                                                             .isEqualTo(eventsByType.get("PromotionDecidedEvent") + 1);
        assertThat(eventsByType.get("MentorshipRequestedEvent")).as("two requests left waiting, for the talent partner")
                                                              .isEqualTo(eventsByType.get("MentorMatchedEvent") + 2);
        int closedRotations = eventsByType.get("RotationCompletedEvent") + eventsByType.get("RotationCancelledEvent");
        assertThat(eventsByType.get("RotationProposedEvent")).as("one rotation left to approve, for the manager user")
                                                           .isEqualTo(closedRotations + 1);
        String chair = loginNames.employeeIdOf("committee").orElseThrow();
        assertThat(committees).as("the committee user chairs it").anyMatch(c -> c.contains("\"chairId\":\"" + chair + "\""));
        assertThat(database.getCollection("commits").countDocuments(new Document("streamKeys",
                new EmployeeId(new UUID(42, 0).toString()) + ":0"))).as("ids follow from the seed").isEqualTo(1);

        loader.run(new DefaultApplicationArguments());
        assertThat(database.getCollection("commits").countDocuments()).as("a second run adds nothing").isEqualTo(before);
    }
}
