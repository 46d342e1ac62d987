package io.careerhistory.infra.web;

import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Idempotency-Key header on commands: a repeat gets the first answer and records nothing new. */
class IdempotencyApiIT extends ApiIntegrationTest {

    private Reply recordWithKey(String employeeId, String key, String courseId) {
        return api.call("POST", "/api/employees/" + employeeId + "/course-completions",
                        ApiClient.completion(courseId, LocalDate.parse("2024-03-05"), null), Map.of("Idempotency-Key", key));
    }

    @Test
    void aRepeatWithTheSameKeyAndBodyGetsTheFirstResultAndRecordsNothingNew() {
        String id = api.hire("Repeat Sender");
        String key = UUID.randomUUID().toString();

        Reply first = recordWithKey(id, key, "k8s-101");
        Reply repeat = recordWithKey(id, key, "k8s-101");

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(api.timelineWhen(id, "", 2).get("entries").get(1).get("refs").get("completionId").asText())
                .isEqualTo(first.body().get("completionId").asText());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String id = api.hire("Key Reuser");
        String key = UUID.randomUUID().toString();
        recordWithKey(id, key, "k8s-101");

        Reply reused = recordWithKey(id, key, "go-201");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(reused.body().get("type").asText())
                .isEqualTo("https://career-history.dev/problems/idempotency-key-reused");
        api.timelineWhen(id, "", 2);
    }

    @Test
    void aFailedRequestReleasesItsKeySoACorrectedOneMayUseIt() {
        String id = api.hire("Second Try");
        String key = UUID.randomUUID().toString();
        Reply invalid = api.call("POST", "/api/employees/" + id + "/course-completions", "{\"courseId\":\"x\"}",
                                 Map.of("Idempotency-Key", key));
        assertThat(invalid.status()).isEqualTo(400);

        Reply corrected = recordWithKey(id, key, "k8s-101");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(recordWithKey(id, key, "k8s-101").body()).isEqualTo(corrected.body());
        api.timelineWhen(id, "", 2);
    }

    @Test
    void concurrentRepeatsRecordOnce() {
        String id = api.hire("Impatient Clicker");
        String key = UUID.randomUUID().toString();

        List<Reply> replies = IntStream.range(0, 8)
                                       .mapToObj(i -> CompletableFuture.supplyAsync(() -> recordWithKey(id, key, "k8s-101")))
                                       .toList().stream().map(CompletableFuture::join).toList();

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
        assertThat(replies).filteredOn(r -> r.status() == 409)
                           .allSatisfy(r -> assertThat(r.code()).isEqualTo("IDEMPOTENT_REQUEST_IN_PROGRESS"));
        Set<String> completionIds = replies.stream().filter(r -> r.status() == 201)
                                           .map(r -> r.body().get("completionId").asText()).collect(Collectors.toSet());
        assertThat(completionIds).as("every success answers with the one completion recorded").hasSize(1);
        api.timelineWhen(id, "", 2);
    }

    @Test
    void anInvalidKeyIsABadRequest() {
        String id = api.hire("Odd Key");
        Reply reply = recordWithKey(id, "x".repeat(256), "k8s-101");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID");
    }
}
