package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.deadletters.FlakyProjection;
import io.careerhistory.infra.projections.ViewRebuilder;
import io.careerhistory.query.common.ViewCollections;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Blue/green rebuilds over HTTP: reads carry on undisturbed, and a replay gives the live view document for document. */
class ViewRebuildIT extends ApiIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Autowired
    ViewCollections views;

    @Autowired
    ViewRebuilder rebuilder;

    private JsonNode projection(String name) {
        for (JsonNode p : api.as(TestUsers.ADMIN).call("GET", "/api/admin/projections", null).body().get("projections")) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no projection " + name);
    }

    private JsonNode rebuildFinished(String name) {
        return Eventually.await(() -> projection(name).get("rebuild"),
                                r -> r != null && !r.isNull() && (r.get("state").asText().equals("DONE")
                                        || r.get("state").asText().equals("FAILED")), Duration.ofSeconds(60));
    }

    @Test
    void readsNeverSeeFewerDocumentsNorAnErrorWhileATimelineIsRebuilt() throws Exception {
        String id = api.hire("Rebuilt Timeline");
        for (int month = 1; month <= 5; month++) {
            api.call("POST", "/api/employees/" + id + "/course-completions",
                     ApiClient.completion("c" + month, LocalDate.of(2024, month, 10), null));
        }
        api.timelineWhen(id, "", 6);
        String before = views.physical("timeline");
        long documentsBefore = database.getCollection(before).countDocuments();
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger fewestEntries = new AtomicInteger(Integer.MAX_VALUE);
        AtomicLong fewestDocuments = new AtomicLong(Long.MAX_VALUE);
        List<String> errors = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                Reply timeline = api.call("GET", "/api/employees/" + id + "/timeline", null);
                if (timeline.status() != 200) {
                    errors.add(timeline.status() + " " + timeline.body());
                    continue;
                }
                fewestEntries.accumulateAndGet(timeline.body().get("entries").size(), Math::min);
                fewestDocuments.accumulateAndGet(database.getCollection(views.physical("timeline")).countDocuments(),
                                                 Math::min);
                reads.incrementAndGet();
            }
        });
        reader.start();

        Reply started = api.as(TestUsers.ADMIN).call("POST", "/api/admin/projections/timeline/rebuild", null);
        assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
        assertThat(started.body().get("state").asText()).isEqualTo("REPLAYING");
        JsonNode done = rebuildFinished("timeline");
        reading.set(false);
        reader.join();

        assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(done.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(errors).isEmpty();
        assertThat(reads.get()).isPositive();
        assertThat(fewestEntries.get()).isEqualTo(6);
        assertThat(fewestDocuments.get()).isGreaterThanOrEqualTo(documentsBefore);
        assertThat(views.physical("timeline")).isNotEqualTo(before).startsWith("timeline__v");
        assertThat(database.listCollectionNames().into(new ArrayList<>())).doesNotContain(before);

        api.call("POST", "/api/employees/" + id + "/course-completions",
                 ApiClient.completion("after", LocalDate.of(2024, 7, 10), null));
        api.timelineWhen(id, "", 7); // the live processor carries on in the new collection
    }

    @Test
    void everyProjectionReplayedFromTheFirstEventEqualsTheLiveViewDocumentForDocument() {
        api.hire("Replayed Everywhere");
        Eventually.await(() -> api.as(TestUsers.ADMIN).call("GET", "/api/admin/projections", null).body(),
                         body -> {
                             for (JsonNode p : body.get("projections")) {
                                 if (p.get("lag").asLong() > 0) {
                                     return false;
                                 }
                             }
                             return true;
                         }, Duration.ofSeconds(30));
        List<String> different = new ArrayList<>();
        for (String view : rebuilder.views()) {
            if (view.equals(FlakyProjection.PROCESSING_GROUP)) {
                continue; // a test view that gives events up on purpose (DeadLettersIT evicts them)
            }
            Map<String, String> replayed = rebuilder.replayBeside(view, "determinism");
            replayed.forEach((logical, copy) -> {
                List<Document> live = sorted(views.physical(logical));
                List<Document> again = sorted(copy);
                if (!live.equals(again)) {
                    different.add(view + "/" + logical + ": " + live.size() + " live, " + again.size() + " replayed; first "
                                          + "difference " + firstDifference(live, again));
                }
                database.getCollection(copy).drop();
            });
        }

        assertThat(rebuilder.views()).contains("timeline", "readiness", "framework", "directory", "search",
                                               "promotion-audit", "email-index");
        assertThat(different).isEmpty();
    }

    @Test
    void adminsSeeEachProjectionsPositionLagAndStateAndOneRebuildAtATime() {
        JsonNode timeline = projection("timeline");
        assertThat(timeline.get("state").asText()).isEqualTo("RUNNING");
        assertThat(timeline.get("segments").asInt()).isPositive();
        assertThat(timeline.get("head").asLong()).isGreaterThanOrEqualTo(timeline.get("position").asLong());
        assertThat(timeline.get("rebuildable").asBoolean()).isTrue();
        assertThat(projection("mentoring-credits").get("rebuildable").asBoolean()).isFalse();

        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/admin/projections/search/rebuild", null).status())
                .isEqualTo(202);
        Reply again = api.as(TestUsers.ADMIN).call("POST", "/api/admin/projections/search/rebuild", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REBUILD_ALREADY_RUNNING");
        assertThat(rebuildFinished("search").get("state").asText()).isEqualTo("DONE");
        assertThat(api.as(TestUsers.ADMIN).call("POST", "/api/admin/projections/no-such-view/rebuild", null).status())
                .isEqualTo(404);
    }

    private List<Document> sorted(String collection) {
        List<Document> documents = database.getCollection(collection).find().into(new ArrayList<>());
        documents.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
        return documents;
    }

    private static String firstDifference(List<Document> live, List<Document> again) {
        for (int i = 0; i < Math.min(live.size(), again.size()); i++) {
            if (!live.get(i).equals(again.get(i))) {
                return live.get(i).toJson() + " vs " + again.get(i).toJson();
            }
        }
        return "in the count";
    }
}
