package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Transfers, departures and retractions over HTTP: each success and each business error code. */
class EmployeeLifecycleApiIT extends ApiIntegrationTest {

    private String recordCompletion(String employeeId, String courseId) {
        Reply reply = api.call("POST", "/api/employees/" + employeeId + "/course-completions",
                               ApiClient.completion(courseId, LocalDate.parse("2024-03-05"), null));
        assertThat(reply.status()).isEqualTo(201);
        return reply.body().get("completionId").asText();
    }

    private Reply retract(String employeeId, String completionId) {
        return api.call("POST", "/api/employees/" + employeeId + "/course-completions/" + completionId + "/retraction",
                        """
                        {"reason":"recorded for the wrong person","retractedOn":"2024-03-07"}""");
    }

    @Test
    void aRetractedCompletionStaysOnTheTimelineMarkedAsRetracted() {
        String id = api.hire("Retra Ction");
        String completionId = recordCompletion(id, "k8s-101");

        Reply retracted = retract(id, completionId);

        assertThat(retracted.status()).isEqualTo(201);
        JsonNode timeline = api.timelineWhen(id, "", 3);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "COURSE_COMPLETED", "COMPLETION_RETRACTED");
        assertThat(timeline.get("entries").get(1).get("details").get("retractionReason").asText())
                .isEqualTo("recorded for the wrong person");
    }

    @Test
    void retractingTwiceOrAnUnknownCompletionIsRefused() {
        String id = api.hire("Twice Retracted");
        String completionId = recordCompletion(id, "k8s-101");
        retract(id, completionId);

        Reply again = retract(id, completionId);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("COMPLETION_ALREADY_RETRACTED");

        Reply unknown = retract(id, "no-such-completion");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("COMPLETION_NOT_FOUND");
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Reply noReason = api.call("POST", "/api/employees/" + id + "/course-completions/" + completionId + "/retraction",
                                  """
                                  {"retractedOn":"2024-03-07"}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        api.timelineWhen(id, "", 3);
    }

    @Test
    void aTransferToAnotherTrackShowsOnTheTimeline() {
        String id = api.hire("Data Analyst");
        String manager = api.hire("Product Lead");

        Reply transferred = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"team":"Checkout","track":"Product","level":"P3","managerId":"%s","effectiveOn":"2024-04-01"}
                """.formatted(manager));

        assertThat(transferred.status()).isEqualTo(201);
        JsonNode transfer = api.timelineWhen(id, "?kind=TRANSFERRED", 1).get("entries").get(0);
        assertThat(transfer.get("title").asText()).isEqualTo("Moved to Checkout as Product P3");
        assertThat(transfer.get("refs").get("managerId").asText()).isEqualTo(manager);
    }

    @Test
    void rolesOutsideTheFrameworkInForceAreRefusedAndNothingIsRecorded() {
        Reply unknownLevel = api.call("POST", "/api/employees", """
                {"name":"Nine","email":"nine@example.com","loginName":"level.nine","track":"Engineering","level":"E9",
                 "team":"Payments","hiredOn":"2023-02-01"}""");
        assertThat(unknownLevel.status()).isEqualTo(422);
        assertThat(unknownLevel.code()).isEqualTo("NOT_IN_FRAMEWORK");
        String id = api.hire("Track Hopper");
        Reply levelOfAnotherTrack = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"track":"Design","effectiveOn":"2024-04-01"}""");
        assertThat(levelOfAnotherTrack.status()).isEqualTo(422);
        assertThat(levelOfAnotherTrack.code()).isEqualTo("NOT_IN_FRAMEWORK");
        assertThat(api.timelineWhen(id, "", 1).get("entries")).hasSize(1);
    }

    @Test
    void aTransferThatChangesNothingOrMakesSomeoneTheirOwnManagerIsRefused() {
        String id = api.hire("Stays Put");

        Reply nothing = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"team":"Payments","track":"Engineering","level":"E3","effectiveOn":"2024-04-01"}""");
        assertThat(nothing.status()).isEqualTo(422);
        assertThat(nothing.code()).isEqualTo("TRANSFER_CHANGES_NOTHING");

        Reply selfManaged = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-04-01"}""".formatted(id));
        assertThat(selfManaged.status()).isEqualTo(422);
        assertThat(selfManaged.code()).isEqualTo("SELF_MANAGEMENT");

        Reply unknownManager = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"managerId":"11111111-2222-3333-4444-555555555555","effectiveOn":"2024-04-01"}""");
        assertThat(unknownManager.status()).isEqualTo(422);
        assertThat(unknownManager.code()).isEqualTo("MANAGER_NOT_EMPLOYED");
        assertThat(unknownManager.body().get("detail").asText())
                .isEqualTo("The manager 11111111-2222-3333-4444-555555555555 is not an employee on 2024-04-01");
        String later = api.hire("Hired Later"); // on 2023-02-01, as every api.hire
        Reply managerNotYetHired = api.call("POST", "/api/employees", """
                {"name":"Early Report","email":"early@example.com","loginName":"early.%s","track":"Engineering",
                 "level":"E3","team":"Payments","managerId":"%s","hiredOn":"2023-01-31"}"""
                .formatted(later.substring(0, 8), later));
        assertThat(managerNotYetHired.status()).isEqualTo(422);
        assertThat(managerNotYetHired.code()).isEqualTo("MANAGER_NOT_EMPLOYED");

        Reply beforeHire = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"team":"Checkout","effectiveOn":"2020-01-01"}""");
        assertThat(beforeHire.status()).isEqualTo(422);
        assertThat(beforeHire.code()).isEqualTo("DATE_BEFORE_HIRE");

        Reply noDate = api.call("POST", "/api/employees/" + id + "/transfers", """
                {"team":"Checkout"}""");
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body().get("errors").get(0).get("field").asText()).isEqualTo("effectiveOn");
        api.timelineWhen(id, "", 1);
    }

    @Test
    void afterADepartureNothingNewIsRecorded() {
        String id = api.hire("Moving On");

        Reply departed = api.call("POST", "/api/employees/" + id + "/departure", """
                {"departedOn":"2024-06-30","reason":"moved abroad"}""");
        assertThat(departed.status()).isEqualTo(201);

        Reply completion = api.call("POST", "/api/employees/" + id + "/course-completions",
                                    ApiClient.completion("late-course", LocalDate.parse("2024-07-01"), null));
        assertThat(completion.status()).isEqualTo(409);
        assertThat(completion.code()).isEqualTo("EMPLOYEE_DEPARTED");
        assertThat(ApiClient.kinds(api.timelineWhen(id, "", 2))).containsExactly("HIRED", "DEPARTED");
    }

    @Test
    void aDepartureBeforeTheHireIsRefused() {
        String id = api.hire("Never Left");
        Reply tooEarly = api.call("POST", "/api/employees/" + id + "/departure", """
                {"departedOn":"2022-12-31"}""");
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("DATE_BEFORE_HIRE");
    }

    @Test
    void aBadLoginNameIsRefused() {
        Reply badLogin = api.call("POST", "/api/employees", """
                {"name":"Bad Login","email":"bad@example.com","loginName":"Not Valid!","track":"Engineering",
                 "level":"E3","team":"Payments","hiredOn":"2023-02-01"}""");
        assertThat(badLogin.status()).isEqualTo(400);
        assertThat(badLogin.body().get("errors").get(0).get("field").asText()).isEqualTo("loginName");
    }

    @Test
    void unknownEmployeesAreNotFoundOnEveryLifecycleEndpoint() {
        assertThat(api.call("POST", "/api/employees/nobody/transfers", """
                {"team":"Checkout","effectiveOn":"2024-04-01"}""").status()).isEqualTo(404);
        assertThat(api.call("POST", "/api/employees/nobody/departure", """
                {"departedOn":"2024-04-01"}""").status()).isEqualTo(404);
        assertThat(retract("nobody", "c1").status()).isEqualTo(404);
    }
}
