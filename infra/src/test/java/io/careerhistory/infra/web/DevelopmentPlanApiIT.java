package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The development plan over HTTP: a goal's whole life, and each business error code. */
class DevelopmentPlanApiIT extends ApiIntegrationTest {

    private Reply post(String employeeId, String path, String body) {
        return api.call("POST", "/api/employees/" + employeeId + "/development-goals" + path, body);
    }

    private String propose(String employeeId, String by) {
        Reply proposed = post(employeeId, "", """
                {"title":"Lead a design review","category":"LEADERSHIP","targetDate":"2024-09-01","proposedBy":"%s",
                 "proposedOn":"2024-03-05"}""".formatted(by));
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.body().get("goalId").asText();
    }

    @Test
    void aGoalProposedByTheEmployeeIsAgreedByTheManagerWorkedOnAndAchieved() {
        String id = api.hire("Plan Ahead");
        String goalId = propose(id, "EMPLOYEE");

        assertThat(post(id, "/" + goalId + "/agreement", """
                {"agreedBy":"MANAGER","agreedOn":"2024-03-06"}""").status()).isEqualTo(201);
        assertThat(post(id, "/" + goalId + "/progress", """
                {"note":"ran the first review","notedOn":"2024-04-01"}""").status()).isEqualTo(201);
        assertThat(post(id, "/" + goalId + "/achieved", """
                {"achievedOn":"2024-06-01"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(id, "", 5);
        JsonNode proposal = timeline.get("entries").get(1);
        assertThat(proposal.get("kind").asText()).isEqualTo("GOAL_PROPOSED");
        assertThat(proposal.get("details").get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(timeline.get("entries").get(4).get("kind").asText()).isEqualTo("GOAL_ACHIEVED");

        JsonNode plan = api.call("GET", "/api/employees/" + id + "/development-plan", null).body();
        JsonNode goal = plan.get("goals").get(0);
        assertThat(goal.get("goalId").asText()).isEqualTo(goalId);
        assertThat(goal.get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(goal.get("steps").findValuesAsText("kind")).containsExactly("GOAL_AGREED", "GOAL_PROGRESS",
                                                                               "GOAL_ACHIEVED");
        assertThat(api.call("GET", "/api/employees/nobody/development-plan", null).status()).isEqualTo(404);
    }

    @Test
    void theSideThatProposedCannotAgreeAndOtherMisstepsAreRefused() {
        String id = api.hire("Rule Checker");
        String goalId = propose(id, "MANAGER");

        Reply self = post(id, "/" + goalId + "/agreement", """
                {"agreedBy":"MANAGER","agreedOn":"2024-03-06"}""");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.code()).isEqualTo("SELF_APPROVAL");

        assertThat(post(id, "/" + goalId + "/achieved", """
                {"achievedOn":"2024-06-01"}""").code()).isEqualTo("GOAL_NOT_AGREED");
        post(id, "/" + goalId + "/agreement", """
                {"agreedBy":"EMPLOYEE","agreedOn":"2024-03-06"}""");
        assertThat(post(id, "/" + goalId + "/agreement", """
                {"agreedBy":"EMPLOYEE","agreedOn":"2024-03-07"}""").code()).isEqualTo("GOAL_ALREADY_AGREED");
        post(id, "/" + goalId + "/dropped", """
                {"reason":"changed teams","droppedOn":"2024-04-01"}""");
        Reply closed = post(id, "/" + goalId + "/progress", """
                {"note":"too late","notedOn":"2024-04-02"}""");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("GOAL_CLOSED");

        Reply unknown = post(id, "/no-such-goal/achieved", """
                {"achievedOn":"2024-06-01"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("GOAL_NOT_FOUND");

        Reply backwards = post(id, "", """
                {"title":"Backwards","category":"OTHER","targetDate":"2024-01-01","proposedBy":"EMPLOYEE",
                 "proposedOn":"2024-03-05"}""");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.code()).isEqualTo("TARGET_DATE_BEFORE_PROPOSAL");

        Reply badCategory = post(id, "", """
                {"title":"X","category":"FUN","targetDate":"2024-09-01","proposedBy":"EMPLOYEE","proposedOn":"2024-03-05"}""");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.body().get("detail").asText()).contains("category");
        api.timelineWhen(id, "", 4); // hire, proposal, agreement, drop
    }
}
