package io.careerhistory.infra.web;

import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A login name belongs to one employee, also when several hires of it race on the command bus. */
class LoginNameApiIT extends ApiIntegrationTest {

    private Reply hireAs(String login) {
        return api.call("POST", "/api/employees", """
                {"name":"Same Login","email":"%s@example.com","loginName":"%s","track":"Engineering","level":"E3",
                 "team":"Payments","hiredOn":"2023-02-01"}""".formatted(login, login));
    }

    @Test
    void aSecondHireWithTheSameLoginNameIsRefused() {
        assertThat(hireAs("grace.h").status()).isEqualTo(201);

        Reply again = hireAs("grace.h");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("LOGIN_NAME_TAKEN");
    }

    @Test
    void ofTwentyConcurrentHiresOfOneLoginNameExactlyOneIsRecorded() {
        List<Reply> replies = IntStream.range(0, 20)
                                       .mapToObj(i -> CompletableFuture.supplyAsync(() -> hireAs("race.winner")))
                                       .toList().stream().map(CompletableFuture::join).toList();

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 201)
                           .allSatisfy(r -> assertThat(r.code()).isEqualTo("LOGIN_NAME_TAKEN"));
    }

    @Test
    void aHireRefusedForAnotherReasonLeavesTheLoginNameFree() {
        Reply invalid = api.call("POST", "/api/employees", """
                {"name":"Bad Manager","email":"x@example.com","loginName":"free.again","track":"Engineering","level":"E3",
                 "team":"Payments","managerId":"not a valid id!","hiredOn":"2023-02-01"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(hireAs("free.again").status()).isEqualTo(201);
    }
}
