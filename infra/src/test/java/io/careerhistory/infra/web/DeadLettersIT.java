package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.deadletters.FlakyProjection;
import io.careerhistory.infra.web.ApiClient.Reply;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event that fails a projection waits as a dead letter, with the later events of its aggregate behind it, while
 * the projection goes on with every other aggregate; admins list, retry and evict the letters.
 */
class DeadLettersIT extends ApiIntegrationTest {

    private static final String GROUP = FlakyProjection.PROCESSING_GROUP;
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    MongoDatabase database;

    @Autowired
    ViewCollections views;

    @BeforeEach
    void projectionHasItsBug() {
        FlakyProjection.FAILING.set(true);
    }

    @AfterEach
    void noLettersLeftBehind() {
        FlakyProjection.FAILING.set(false);
        api.as(TestUsers.ADMIN).call("POST", "/api/admin/dead-letters", """
                {"action":"retry","processingGroup":"%s"}""".formatted(GROUP));
    }

    private String complete(String employee, String title) {
        Reply recorded = api.call("POST", "/api/employees/" + employee + "/course-completions", """
                {"courseId":"c-%s","title":"%s","provider":"ACADEMY","skills":["kubernetes"],"hours":6,
                 "completedOn":"2024-03-05","sourceRef":null}""".formatted(System.nanoTime(), title));
        assertThat(recorded.status()).isEqualTo(201);
        return recorded.body().get("completionId").asText();
    }

    private boolean handled(String completionId) {
        return handledAs(completionId) != null;
    }

    private Document handledAs(String completionId) {
        return database.getCollection(views.physical(FlakyProjection.COLLECTION)).find(Filters.eq("_id", completionId))
                       .first();
    }

    private List<JsonNode> lettersOf(String employee) {
        JsonNode listing = api.as(TestUsers.ADMIN).call("GET", "/api/admin/dead-letters?processingGroup=" + GROUP, null)
                              .body();
        List<JsonNode> letters = new ArrayList<>();
        listing.get("deadLetters").forEach(l -> {
            if (l.get("sequenceIdentifier").asText().equals(employee)) {
                letters.add(l);
            }
        });
        return letters;
    }

    private List<JsonNode> awaitLetters(String employee, int count) {
        return Eventually.await(() -> lettersOf(employee), l -> l.size() == count, WAIT);
    }

    @Test
    void aFailingEventIsDeadLetteredWithItsAggregatesLaterEventsWhileOtherAggregatesFlow() {
        String poisoned = api.hire("Poisoned Learner");
        String healthy = api.hire("Healthy Learner");
        String poison = complete(poisoned, "Poison pill");
        String behind = complete(poisoned, "Ordinary course");
        String other = complete(healthy, "Ordinary course");

        Eventually.await(() -> handled(other), h -> h, WAIT);
        List<JsonNode> letters = awaitLetters(poisoned, 2);
        assertThat(handled(poison)).isFalse();
        assertThat(handled(behind)).as("an event behind a dead letter of its aggregate waits too").isFalse();
        assertThat(letters.get(0).get("eventType").asText()).endsWith("CourseCompletedEvent");
        assertThat(letters.get(0).get("causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letters.get(0).get("causeMessage").asText()).contains("Flaky projection cannot handle");
        assertThat(letters.get(0).get("aggregateSequenceNumber").asLong())
                .isLessThan(letters.get(1).get("aggregateSequenceNumber").asLong());
        assertThat(letters.get(1).get("causeMessage").isNull()).as("queued behind the first, not failed itself").isTrue();
        // every other view has both: only the failing projection is behind
        assertThat(api.timelineWhen(poisoned, "?kind=COURSE_COMPLETED", 2).get("entries")).hasSize(2);

        JsonNode scrape = api.as(TestUsers.ADMIN).call("GET", "/api/admin/projections", null).body();
        assertThat(scrape.findValues("name").stream().map(JsonNode::asText)).contains(GROUP);
        String metrics = Eventually.await(() -> api.as(TestUsers.ADMIN).send("GET", "/actuator/prometheus", null).body(),
                                          s -> s.contains("career_dead_letters{processing_group=\"" + GROUP + "\"}"), WAIT);
        assertThat(metrics).doesNotContain("career_dead_letters{processing_group=\"" + GROUP + "\"} 0.0");
    }

    @Test
    void aRetryThatFailsAgainKeepsTheLettersAndOneAfterTheFixAppliesThemInOrder() {
        String poisoned = api.hire("Retried Learner");
        String poison = complete(poisoned, "Poison again");
        String behind = complete(poisoned, "Ordinary course");
        awaitLetters(poisoned, 2);

        JsonNode failedAgain = api.as(TestUsers.ADMIN).call("POST", "/api/admin/dead-letters", """
                {"action":"retry","processingGroup":"%s","sequenceIdentifier":"%s"}""".formatted(GROUP, poisoned)).body();
        assertThat(failedAgain.get("sequences").asInt()).isEqualTo(1);
        assertThat(failedAgain.get("cleared").asInt()).isZero();
        assertThat(lettersOf(poisoned)).hasSize(2);

        FlakyProjection.FAILING.set(false);
        Reply retried = api.as(TestUsers.ADMIN).call("POST", "/api/admin/dead-letters", """
                {"action":"RETRY","processingGroup":"%s","sequenceIdentifier":"%s"}""".formatted(GROUP, poisoned));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("cleared").asInt()).isEqualTo(1);
        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(handled(poison)).isTrue();
        assertThat(handled(behind)).isTrue();
        assertThat(handledAs(poison).getLong("sequence")).isLessThan(handledAs(behind).getLong("sequence"));

        String later = complete(poisoned, "Poison, now harmless");
        Eventually.await(() -> handled(later), h -> h, WAIT);
    }

    @Test
    void evictingGivesTheSequenceUpWithoutHandlingIt() {
        String poisoned = api.hire("Evicted Learner");
        String poison = complete(poisoned, "Poison for good");
        awaitLetters(poisoned, 1);

        Reply evicted = api.as(TestUsers.ADMIN).call("POST", "/api/admin/dead-letters", """
                {"action":"evict","processingGroup":"%s","sequenceIdentifier":"%s"}""".formatted(GROUP, poisoned));
        assertThat(evicted.status()).isEqualTo(200);
        assertThat(evicted.body().get("action").asText()).isEqualTo("EVICT");
        assertThat(lettersOf(poisoned)).isEmpty();
        assertThat(handled(poison)).isFalse();
        // the event itself stays in the store
        assertThat(api.timelineWhen(poisoned, "?kind=COURSE_COMPLETED", 1).get("entries")).hasSize(1);
    }

    @Test
    void aRebuildThatCannotApplyAnEventFailsAndKeepsItsLetterWhileOneThatCanClearsThem() {
        String poisoned = api.hire("Rebuilt Learner");
        String poison = complete(poisoned, "Poison rebuilt");
        awaitLetters(poisoned, 1);

        assertThat(rebuildFlakyView()).isEqualTo("FAILED");
        assertThat(lettersOf(poisoned)).hasSize(1);

        FlakyProjection.FAILING.set(false);
        assertThat(rebuildFlakyView()).isEqualTo("DONE");
        assertThat(lettersOf(poisoned)).as("the rebuilt view holds their events").isEmpty();
        assertThat(handled(poison)).isTrue();
    }

    /** Rebuilds the flaky view and returns how the rebuild ended. */
    private String rebuildFlakyView() {
        ApiClient admin = api.as(TestUsers.ADMIN);
        assertThat(admin.call("POST", "/api/admin/projections/" + GROUP + "/rebuild", null).status()).isEqualTo(202);
        JsonNode rebuild = Eventually.await(() -> flakyRebuild(admin),
                                            r -> r.get("finishedAt") != null && !r.get("finishedAt").isNull(),
                                            Duration.ofSeconds(60));
        return rebuild.get("state").asText();
    }

    private static JsonNode flakyRebuild(ApiClient admin) {
        for (JsonNode projection : admin.call("GET", "/api/admin/projections", null).body().get("projections")) {
            if (projection.get("name").asText().equals(GROUP)) {
                return projection.get("rebuild");
            }
        }
        throw new AssertionError("No projection " + GROUP);
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        ApiClient admin = api.as(TestUsers.ADMIN);
        Reply noAction = admin.call("POST", "/api/admin/dead-letters", "{\"processingGroup\":\"" + GROUP + "\"}");
        assertThat(noAction.status()).isEqualTo(400);
        assertThat(noAction.contentType()).contains("application/problem+json");
        assertThat(noAction.body().get("detail").asText()).contains("action is required");

        Reply badAction = admin.call("POST", "/api/admin/dead-letters",
                                     "{\"action\":\"replay\",\"processingGroup\":\"" + GROUP + "\"}");
        assertThat(badAction.status()).isEqualTo(400);
        assertThat(badAction.body().get("detail").asText()).contains("retry, evict");

        assertThat(admin.call("POST", "/api/admin/dead-letters", "{\"action\":\"retry\"}").status()).isEqualTo(400);
        Reply unknownGroup = admin.call("POST", "/api/admin/dead-letters",
                                        "{\"action\":\"evict\",\"processingGroup\":\"no-such-group\"}");
        assertThat(unknownGroup.status()).isEqualTo(404);
        assertThat(admin.call("GET", "/api/admin/dead-letters?processingGroup=no-such-group", null).status())
                .isEqualTo(404);
        Reply unknownSequence = admin.call("POST", "/api/admin/dead-letters", """
                {"action":"evict","processingGroup":"%s","sequenceIdentifier":"nobody"}""".formatted(GROUP));
        assertThat(unknownSequence.status()).isEqualTo(404);
        assertThat(api.as(TestUsers.MANAGER).call("GET", "/api/admin/dead-letters", null).status()).isEqualTo(403);
    }
}
