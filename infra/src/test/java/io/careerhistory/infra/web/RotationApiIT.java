package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The job-rotation program over HTTP: a conversion end to end, and each business error code. */
class RotationApiIT extends ApiIntegrationTest {

    private Reply post(String employeeId, String path, String body) {
        return api.call("POST", "/api/employees/" + employeeId + "/rotations" + path, body);
    }

    private String propose(String employeeId) {
        Reply proposed = post(employeeId, "", """
                {"hostTeam":"Design Systems","hostTrack":"Design","plannedStart":"2024-04-01","plannedEnd":"2024-07-01",
                 "proposedOn":"2024-03-05"}""");
        assertThat(proposed.status()).isEqualTo(201);
        return proposed.body().get("rotationId").asText();
    }

    /** The rotation as the user's list of open rotations shows it, once it is at that step. */
    private JsonNode listed(String user, String rotationId, String status) {
        return find(api.as(user).getWhen("/api/rotations", r -> {
            JsonNode rotation = find(r, rotationId);
            return rotation != null && rotation.get("status").asText().equals(status);
        }), rotationId);
    }

    private static JsonNode find(JsonNode list, String rotationId) {
        for (JsonNode rotation : list.get("rotations")) {
            if (rotation.get("rotationId").asText().equals(rotationId)) {
                return rotation;
            }
        }
        return null;
    }

    @Test
    void aConvertedRotationMovesTheEmployeeToTheHostTeamAndTrack() {
        String id = api.hire("Rotating Engineer");
        api.employeeOf(TestUsers.TESTER);
        api.employeeOf(TestUsers.HOST_LEAD, "Design Systems");
        String rotationId = propose(id);

        // the open rotations: the host lead may approve it, a talent partner cancel it, another manager sees nothing
        assertThat(listed(TestUsers.HOST_LEAD, rotationId, "PROPOSED").get("actions").toString())
                .isEqualTo("[\"approve\"]");
        JsonNode forTalent = listed(TestUsers.TALENT_PARTNER, rotationId, "PROPOSED");
        assertThat(forTalent.get("actions").toString()).isEqualTo("[\"cancel\"]");
        assertThat(forTalent.get("employeeName").asText()).isEqualTo("Rotating Engineer");
        assertThat(forTalent.get("hostTeam").asText()).isEqualTo("Design Systems");
        assertThat(api.as(TestUsers.MANAGER).getWhen("/api/rotations", r -> true).toString())
                .doesNotContain(rotationId);

        Reply notTheHost = post(id, "/" + rotationId + "/approval", """
                {"approvedOn":"2024-03-10"}""");
        assertThat(notTheHost.status()).as("the tester, in Payments, approving for Design Systems").isEqualTo(403);
        assertThat(notTheHost.code()).isEqualTo("NOT_IN_HOST_TEAM");
        // the signed-in user approves as the host lead
        assertThat(api.as(TestUsers.HOST_LEAD).call("POST", "/api/employees/" + id + "/rotations/" + rotationId
                                                            + "/approval", """
                {"approvedOn":"2024-03-10"}""").status()).isEqualTo(201);
        JsonNode approved = listed(TestUsers.HOST_LEAD, rotationId, "APPROVED");
        assertThat(approved.get("actions").toString()).isEqualTo("[\"start\",\"cancel\"]");
        assertThat(approved.get("approvedByName").asText()).isEqualTo("User hank");
        Reply notTheirs = api.as(TestUsers.NEW_MANAGER).call("POST", "/api/employees/" + id + "/rotations/" + rotationId
                                                                  + "/start", """
                {"startedOn":"2024-04-01"}""");
        assertThat(notTheirs.status()).as("a manager who is neither the employee's nor the host lead").isEqualTo(403);
        assertThat(notTheirs.code()).isEqualTo("NOT_YOUR_REPORT");
        assertThat(post(id, "/" + rotationId + "/start", """
                {"startedOn":"2024-04-01"}""").status()).isEqualTo(201);
        assertThat(post(id, "/" + rotationId + "/extension", """
                {"newPlannedEnd":"2024-09-01","extendedOn":"2024-06-15"}""").status()).isEqualTo(201);
        assertThat(post(id, "/" + rotationId + "/completion", """
                {"outcome":"CONVERTED","completedOn":"2024-09-01"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(id, "", 7);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "ROTATION_PROPOSED", "ROTATION_APPROVED",
                                                              "ROTATION_STARTED", "ROTATION_EXTENDED",
                                                              "ROTATION_COMPLETED", "TRANSFERRED");
        JsonNode proposal = timeline.get("entries").get(1);
        assertThat(proposal.get("details").get("status").asText()).isEqualTo("CONVERTED");
        assertThat(proposal.get("refs").get("rotationTeam").asText()).isEqualTo("Design Systems");
        assertThat(timeline.get("entries").get(6).get("title").asText()).isEqualTo("Moved to Design Systems as Design D3");
        // converted: now a report of the host lead who approved it, and no longer an open rotation
        api.as(TestUsers.HOST_LEAD).getWhen("/api/readiness", reports -> reports.toString().contains(id));
        api.as(TestUsers.TALENT_PARTNER).getWhen("/api/rotations", r -> !r.toString().contains(rotationId));
    }

    @Test
    void rotationRulesAnswerWithTheirCodes() {
        String id = api.hire("Rule Rotator");
        String rotationId = propose(id);

        Reply second = post(id, "", """
                {"hostTeam":"Data Platform","hostTrack":"Data","plannedStart":"2024-05-01","plannedEnd":"2024-08-01",
                 "proposedOn":"2024-03-06"}""");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("ROTATION_ALREADY_ACTIVE");

        String mark = api.employeeOf(TestUsers.MANAGER);
        String marksRotation = propose(mark);
        Reply self = api.as(TestUsers.MANAGER).call("POST", "/api/employees/" + mark + "/rotations/" + marksRotation
                                                            + "/approval", """
                {"approvedOn":"2024-03-10"}""");
        assertThat(self.status()).as("mark approving his own rotation").isEqualTo(422);
        assertThat(self.code()).isEqualTo("SELF_APPROVAL");
        post(mark, "/" + marksRotation + "/cancellation", """
                {"reason":"only a test","cancelledOn":"2024-03-12"}""");

        Reply early = post(id, "/" + rotationId + "/start", """
                {"startedOn":"2024-04-01"}""");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("ROTATION_WRONG_STEP");

        Reply unknown = post(id, "/no-such-rotation/start", """
                {"startedOn":"2024-04-01"}""");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("ROTATION_NOT_FOUND");

        post(id, "/" + rotationId + "/cancellation", """
                {"reason":"team reorg","cancelledOn":"2024-03-12"}""");
        Reply backwards = post(id, "", """
                {"hostTeam":"Data Platform","hostTrack":"Data","plannedStart":"2024-05-01","plannedEnd":"2024-04-01",
                 "proposedOn":"2024-03-13"}""");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.code()).isEqualTo("ROTATION_DATES_INVALID");

        Reply badOutcome = post(id, "/" + rotationId + "/completion", """
                {"outcome":"PROMOTED","completedOn":"2024-09-01"}""");
        assertThat(badOutcome.status()).isEqualTo(400);
        api.timelineWhen(id, "", 3); // hire, proposal, cancellation
    }
}
