package io.careerhistory.infra.demo;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.RotationCompletedEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated organisation: 200 employees across the four tracks, with every program of the domain in their history. */
@SpringBootTest(properties = {"career.embedded.storage=memory", "career.demo-data=true"})
class DemoDataIT {

    @Autowired
    MongoDatabase database;

    @Autowired
    DemoDataLoader loader;

    @Test
    void generatesTwoHundredEmployeesWithThreeYearsOfEveryProgramThroughTheCommandSide() {
        Map<String, Integer> eventsByType = new HashMap<>();
        int[] convertedRotations = {0};
        for (Document commit : database.getCollection("commits").find()) { // a test may scan; the application never does
            assertThat(commit.getString("actor")).isIn("demo-data", "system");
            for (Document event : commit.getList("events", Document.class)) {
                String type = event.getString("payloadType");
                eventsByType.merge(type.substring(type.lastIndexOf('.') + 1), 1, Integer::sum);
                if (type.equals(RotationCompletedEvent.class.getName()) && event.getString("payload").contains("CONVERTED")) {
                    convertedRotations[0]++;
                }
            }
        }

        assertThat(eventsByType.get("EmployeeHiredEvent")).isEqualTo(200);
        assertThat(eventsByType).containsKeys("CourseCompletedEvent", "CourseCompletionRetractedEvent", "TechTalkGivenEvent",
                                              "LearningPodJoinedEvent", "LearningPodLeftEvent", "HackWeekProjectRecordedEvent",
                                              "PassionProjectStartedEvent", "PassionProjectShippedEvent",
                                              "PassionProjectStoppedEvent", "DevelopmentGoalProposedEvent",
                                              "DevelopmentGoalAgreedEvent", "DevelopmentGoalAchievedEvent",
                                              "DevelopmentGoalDroppedEvent", "FeedbackReceivedEvent", "ReviewCompletedEvent",
                                              "RetroTakeawayRecordedEvent", "EmployeeTransferredEvent", "RotationProposedEvent",
                                              "RotationCompletedEvent", "RotationCancelledEvent", "EmployeeDepartedEvent");
        assertThat(convertedRotations[0]).as("some rotations converted").isPositive();
        assertThat(database.getCollection("commits").countDocuments(new Document("streamKeys",
                new EmployeeId(new UUID(42, 0).toString()) + ":0"))).as("ids follow from the seed").isEqualTo(1);

        long before = database.getCollection("commits").countDocuments();
        loader.run(new DefaultApplicationArguments());
        assertThat(database.getCollection("commits").countDocuments()).as("a second run adds nothing").isEqualTo(before);
    }
}
