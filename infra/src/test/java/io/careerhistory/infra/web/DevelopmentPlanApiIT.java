package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The development plan over HTTP, between the employee {@code emma} and her manager {@code mark}, each signed in as
 * themselves: the side that proposes or agrees is who is signed in. A goal's whole life, and each business error code.
 */
class DevelopmentPlanApiIT extends ApiIntegrationTest {

    private String emma;

    @BeforeEach
    void emmaReportsToMark() {
        emma = api.employeeOf(TestUsers.EMPLOYEE);
        String mark = api.employeeOf(TestUsers.MANAGER);
        Reply transfer = api.call("POST", "/api/employees/" + emma + "/transfers", """
                {"managerId":"%s","effectiveOn":"2023-03-01"}""".formatted(mark));
        assertThat(transfer.status()).as("moved under mark, or already there").isIn(201, 422);
    }

    private Reply post(String user, String path, String body) {
        return api.as(user).call("POST", "/api/employees/" + emma + "/development-goals" + path, body);
    }

    private String propose(String user) {
        Reply proposed = post(user, "", """
                {"title":"Lead a design review","category":"LEADERSHIP","targetDate":"2024-09-01","proposedOn":"2024-03-05"}""");
        assertThat(proposed.status()).as(String.valueOf(proposed.body())).isEqualTo(201);
        return proposed.body().get("goalId").asText();
    }

    /**
     * The goal in emma's development plan once the view shows it with that status and the step that set it (the view
     * writes the status and the step apart: waiting for the status alone raced the step).
     */
    private JsonNode goalWhen(String goalId, String status) {
        return goalIn(api.getWhen("/api/employees/" + emma + "/development-plan",
                                  p -> goalIn(p, goalId) != null && goalIn(p, goalId).get("status").asText().equals(status)
                                          && goalIn(p, goalId).get("steps").findValuesAsText("kind")
                                                              .contains("GOAL_" + status)),
                      goalId);
    }

    private static JsonNode goalIn(JsonNode plan, String goalId) {
        for (JsonNode goal : plan.get("goals")) {
            if (goal.get("goalId").asText().equals(goalId)) {
                return goal;
            }
        }
        return null;
    }

    @Test
    void aGoalProposedByTheEmployeeIsAgreedByTheManagerWorkedOnAndAchieved() {
        String goalId = propose(TestUsers.EMPLOYEE);

        assertThat(post(TestUsers.MANAGER, "/" + goalId + "/agreement", """
                {"agreedOn":"2024-03-06"}""").status()).isEqualTo(201);
        assertThat(post(TestUsers.EMPLOYEE, "/" + goalId + "/progress", """
                {"note":"ran the first review","notedOn":"2024-04-01"}""").status()).isEqualTo(201);
        Reply notTheirs = post(TestUsers.NEW_MANAGER, "/" + goalId + "/achieved", """
                {"achievedOn":"2024-06-01"}""");
        assertThat(notTheirs.status()).as("a manager who is not emma's").isEqualTo(403);
        assertThat(notTheirs.code()).isEqualTo("NOT_PARTY_TO_PLAN");
        assertThat(post(TestUsers.MANAGER, "/" + goalId + "/achieved", """
                {"achievedOn":"2024-06-01"}""").status()).isEqualTo(201);

        JsonNode goal = goalWhen(goalId, "ACHIEVED");
        assertThat(goal.get("details").get("proposedBy").asText()).isEqualTo("EMPLOYEE");
        assertThat(goal.get("title").asText()).as("the goal's own title").isEqualTo("Lead a design review");
        assertThat(goal.get("steps").findValuesAsText("title")).containsExactly(
                "Goal agreed: Lead a design review", "Progress on a goal: Lead a design review",
                "Goal achieved: Lead a design review");
        assertThat(goal.get("steps").findValuesAsText("kind")).containsExactly("GOAL_AGREED", "GOAL_PROGRESS",
                                                                               "GOAL_ACHIEVED");
        assertThat(goal.get("steps").get(0).get("details").get("agreedBy").asText()).isEqualTo("MANAGER");
        assertThat(api.call("GET", "/api/employees/nobody/development-plan", null).status()).isEqualTo(404);
    }

    @Test
    void theSideThatProposedCannotAgreeAndOtherMisstepsAreRefused() {
        String goalId = propose(TestUsers.MANAGER);

        Reply self = post(TestUsers.MANAGER, "/" + goalId + "/agreement", """
                {"agreedOn":"2024-03-06"}""");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.code()).isEqualTo("SELF_APPROVAL");
        Reply outsider = api.call("POST", "/api/employees/" + emma + "/development-goals/" + goalId + "/agreement", """
                {"agreedOn":"2024-03-06"}"""); // tester: neither emma nor her manager
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.code()).isEqualTo("NOT_PARTY_TO_PLAN");

        assertThat(post(TestUsers.EMPLOYEE, "/" + goalId + "/achieved", """
                {"achievedOn":"2024-06-01"}""").code()).isEqualTo("GOAL_NOT_AGREED");
        post(TestUsers.EMPLOYEE, "/" + goalId + "/agreement", """
                {"agreedOn":"2024-03-06"}""");
        assertThat(post(TestUsers.EMPLOYEE, "/" + goalId + "/agreement", """
                {"agreedOn":"2024-03-07"}""").code()).isEqualTo("GOAL_ALREADY_AGREED");
        post(TestUsers.EMPLOYEE, "/" + goalId + "/dropped", """
                {"reason":"changed teams","droppedOn":"2024-04-01"}""");
        Reply closed = post(TestUsers.EMPLOYEE, "/" + goalId + "/progress", """
                {"note":"too late","notedOn":"2024-04-02"}""");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("GOAL_CLOSED");

        Reply unknown = post(TestUsers.EMPLOYEE, "/no-such-goal/achieved", """
                {"achievedOn":"2024-06-01"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("GOAL_NOT_FOUND");

        Reply backwards = post(TestUsers.EMPLOYEE, "", """
                {"title":"Backwards","category":"OTHER","targetDate":"2024-01-01","proposedOn":"2024-03-05"}""");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.code()).isEqualTo("TARGET_DATE_BEFORE_PROPOSAL");

        Reply badCategory = post(TestUsers.EMPLOYEE, "", """
                {"title":"X","category":"FUN","targetDate":"2024-09-01","proposedOn":"2024-03-05"}""");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.body().get("detail").asText()).contains("category");
        assertThat(goalWhen(goalId, "DROPPED").get("details").get("proposedBy").asText()).isEqualTo("MANAGER");
    }

    @Test
    void onlyTheEmployeesManagerOrATalentPartnerRecordsACompletion() {
        String stranger = api.hire("Not Marks Report");
        String completion = ApiClient.completion("k8s-101", LocalDate.parse("2024-03-05"), null);

        Reply notHis = api.as(TestUsers.MANAGER).call("POST", "/api/employees/" + stranger + "/course-completions",
                                                     completion);
        assertThat(notHis.status()).isEqualTo(403);
        assertThat(notHis.code()).isEqualTo("NOT_YOUR_REPORT");
        assertThat(api.as(TestUsers.MANAGER).call("POST", "/api/employees/" + emma + "/course-completions",
                                                  ApiClient.completion("go-" + stranger, LocalDate.parse("2024-03-05"),
                                                                       null)).status()).isEqualTo(201);
        assertThat(api.as(TestUsers.TALENT_PARTNER).call("POST", "/api/employees/" + stranger + "/course-completions",
                                                         completion).status()).isEqualTo(201);
    }
}
