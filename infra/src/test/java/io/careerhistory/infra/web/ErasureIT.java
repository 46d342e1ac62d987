package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.CareerHistoryIntegrationTest;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.eventstore.StoredCommitDocuments;
import io.careerhistory.infra.identity.EmailAddresses;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import io.careerhistory.infra.web.ApiClient.Reply;
import io.careerhistory.query.common.ViewCollections;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure end to end, on the embedded server's data file: afterwards neither any collection nor the raw file holds
 * the employee's name, email, login or feedback, while their events, and the hash chain over them, stay.
 */
@CareerHistoryIntegrationTest
class ErasureIT {

    private static final Path DATA_DIR = temporaryDirectory();
    // distinctive words, so that finding them anywhere can only mean this employee's data
    private static final String FIRST_NAME = "Zephyrine";
    private static final String LAST_NAME = "Quillfeather";
    private static final String LOGIN = "zq.quillfeather";
    private static final String EMAIL = "Zephyrine.Quillfeather@example.org";
    private static final String FEEDBACK = "Ledger refactoring by Zephyrine saved the quarter";
    private static final List<String> TRACES = List.of(FIRST_NAME, LAST_NAME, "ledger refactoring");

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    EmailAddresses emailAddresses;

    @Autowired
    ViewCollections views;

    @DynamicPropertySource
    static void onDisk(DynamicPropertyRegistry properties) {
        properties.add("career.embedded.storage", () -> "file");
        properties.add("career.data-dir", DATA_DIR::toString);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("erasure-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void erasureRemovesEveryTraceOfThePersonWhileTheirEventsAndTheHashChainStay() throws IOException {
        ApiClient api = new ApiClient(port);
        String id = hireAndRecordFeedback(api);
        long eventsBefore = eventsOf(id);

        assertThat(collectionsHolding(LAST_NAME)).as("the views hold the name before erasure")
                                                 .contains(views.physical("directory"))
                                                 .doesNotContain("commits", "snapshots");
        assertThat(dataFileHolds(LAST_NAME)).as("the data file holds the name before erasure").isTrue();
        assertThat(emailAddresses.employeeIdOf(EMAIL)).contains(id);

        Reply erased = api.as(TestUsers.ADMIN).call("POST", "/api/employees/" + id + "/erasure", null);

        assertThat(erased.status()).as(String.valueOf(erased.body())).isEqualTo(200);
        assertThat(erased.body().get("keyDestroyed").asBoolean()).isTrue();
        assertThat(erased.body().get("viewsCaughtUp").asBoolean()).isTrue();
        assertThat(erased.body().get("dataFileCompacted").asBoolean()).isTrue();
        assertThat(texts(erased.body().get("viewsRebuilt"))).contains("timeline", "directory", "search", "email-index")
                                                           .doesNotContain("mentoring-credits");
        for (String trace : TRACES) {
            assertThat(collectionsHolding(trace)).as("collections holding " + trace).isEmpty();
            assertThat(dataFileHolds(trace)).as("the data file holds " + trace).isFalse();
        }
        assertThat(collectionsHolding(LOGIN)).isEmpty();
        assertThat(emailAddresses.employeeIdOf(EMAIL)).isEmpty();

        assertThat(eventsOf(id)).as("the events stay, with the erasure added").isEqualTo(eventsBefore + 1);
        assertThat(api.as(TestUsers.AUDITOR).call("GET", "/api/audit/verify", null).body().get("status").asText())
                .isEqualTo("OK");
        JsonNode timeline = api.timelineWhen(id, "", 3);
        assertThat(ApiClient.kinds(timeline)).contains("HIRED", "FEEDBACK_RECEIVED", "PERSONAL_DATA_ERASED");
        assertThat(timeline.toString()).contains("[erased]");
        assertThat(database.getCollection(views.physical("directory")).find(eq("_id", id)).first().getString("name"))
                .isEqualTo("[erased]");
    }

    @Test
    void nothingNewIsRecordedAboutAnErasedEmployeeAndAskingAgainIsHarmless() {
        ApiClient api = new ApiClient(port);
        String id = api.hire("Soon Forgotten");
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/employees/" + id + "/erasure", null).status()).isEqualTo(200);

        Reply completion = api.call("POST", "/api/employees/" + id + "/course-completions",
                                    ApiClient.completion("k8s-101", LocalDate.parse("2024-03-05"), null));
        assertThat(completion.status()).isEqualTo(410);
        assertThat(completion.code()).isEqualTo("PERSONAL_DATA_ERASED");
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/employees/" + id + "/erasure", null).status()).isEqualTo(200);
        assertThat(eventsOf(id)).as("hired, erased once").isEqualTo(2);
    }

    @Test
    void notesAboutAnErasedMenteeAreRefusedNotStored() {
        ApiClient api = new ApiClient(port);
        String mentee = api.hire("Erased Mentee");
        String mentor = api.hire("Staying Mentor", "Product", "P5");
        Reply requested = api.call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"system design","goals":["write an RFC"],
                 "requestedOn":"2024-03-01"}""".formatted(mentee));
        String mentorship = requested.body().get("mentorshipId").asText();
        assertThat(api.call("POST", "/api/mentorships/" + mentorship + "/match", """
                {"mentorId":"%s","matchedOn":"2024-03-08"}""".formatted(mentor)).status()).isEqualTo(201);
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/employees/" + mentee + "/erasure", null).status())
                .isEqualTo(200);

        Reply session = api.call("POST", "/api/mentorships/" + mentorship + "/sessions", """
                {"minutes":45,"notes":"whiteboarding","heldOn":"2024-03-15"}""");

        assertThat(session.status()).as(String.valueOf(session.body())).isEqualTo(410);
        assertThat(session.code()).isEqualTo("PERSONAL_DATA_ERASED");
    }

    @Test
    void onlyAnAdminErasesAndOnlySomeoneWhoExists() {
        ApiClient api = new ApiClient(port);
        String id = api.hire("Still Here");

        assertThat(api.as(TestUsers.TALENT_PARTNER).call("POST", "/api/employees/" + id + "/erasure", null).status())
                .isEqualTo(403);
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/employees/nobody-at-all/erasure", null).status())
                .isEqualTo(404);
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/employees/not%20an%20id/erasure", null).status())
                .isEqualTo(400);
    }

    private String hireAndRecordFeedback(ApiClient api) {
        Reply hired = api.call("POST", "/api/employees", """
                {"name":"%s %s","email":"%s","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(FIRST_NAME, LAST_NAME, EMAIL, LOGIN));
        assertThat(hired.status()).isEqualTo(201);
        String id = hired.body().get("employeeId").asText();
        api.employeeOf(TestUsers.TESTER); // the signed-in user gives the feedback
        assertThat(api.call("POST", "/api/employees/" + id + "/feedback", """
                {"direction":"PEER","text":"%s","receivedOn":"2024-03-05"}""".formatted(FEEDBACK)).status()).isEqualTo(201);
        api.timelineWhen(id, "", 2);
        api.getWhen("/api/search?q=" + LAST_NAME.toLowerCase(Locale.ROOT), r -> r.get("results").size() == 1);
        // the directory follows its own processor: a caught-up search says nothing about it
        Eventually.await(() -> database.getCollection(views.physical("directory")).find(eq("_id", id)).first(),
                         card -> card != null, Duration.ofSeconds(15));
        return id;
    }

    private long eventsOf(String id) {
        return database.getCollection("commits").find(StoredCommitDocuments.holdingAggregate(id)).into(new ArrayList<>())
                       .stream().flatMap(c -> StoredCommitDocuments.events(c).stream())
                       .filter(e -> id.equals(e.getString("aggregateId"))).count();
    }

    /** Every collection that has a document whose JSON contains the text, whatever its case. */
    private List<String> collectionsHolding(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<String> holding = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            for (Document document : database.getCollection(name).find()) {
                if (document.toJson().toLowerCase(Locale.ROOT).contains(needle)) {
                    holding.add(name);
                    break;
                }
            }
        }
        return holding;
    }

    private static boolean dataFileHolds(String text) throws IOException {
        byte[] file = Files.readAllBytes(DATA_DIR.resolve(EmbeddedMongoServer.DATA_FILE));
        return new String(file, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT)
                                                             .contains(text.toLowerCase(Locale.ROOT));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
