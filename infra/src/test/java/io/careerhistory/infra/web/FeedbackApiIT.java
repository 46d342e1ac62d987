package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Feedback, reviews and retrospective takeaways over HTTP. */
class FeedbackApiIT extends ApiIntegrationTest {

    private Reply post(String employeeId, String path, String body) {
        return api.call("POST", "/api/employees/" + employeeId + path, body);
    }

    @Test
    void feedbackReviewsAndTakeawaysShowOnTheTimeline() {
        String id = api.hire("Feedback Taker");
        String giver = api.employeeOf(TestUsers.TESTER); // the signed-in user gives the feedback and the review

        Reply forged = post(id, "/feedback", """
                {"direction":"MANAGER","text":"great incident handling","receivedOn":"2024-03-05"}""");
        assertThat(forged.status()).as("the tester is not their manager (yet)").isEqualTo(422);
        assertThat(forged.code()).isEqualTo("FEEDBACK_DIRECTION_WRONG");
        assertThat(post(id, "/transfers", """
                {"managerId":"%s","effectiveOn":"2024-03-01"}""".formatted(giver)).status()).isEqualTo(201);
        Reply feedback = post(id, "/feedback", """
                {"text":"great incident handling","receivedOn":"2024-03-05"}""");
        assertThat(feedback.status()).isEqualTo(201);
        assertThat(feedback.body().get("feedbackId").asText()).isNotBlank();
        assertThat(post(id, "/reviews", """
                {"period":"2024-H1","selfReflection":"grew a lot","managerAssessment":"more scope",
                 "completedOn":"2024-06-30"}""").status()).isEqualTo(201);

        JsonNode timeline = api.timelineWhen(id, "", 4);
        assertThat(ApiClient.kinds(timeline)).containsExactly("HIRED", "TRANSFERRED", "FEEDBACK_RECEIVED",
                                                              "REVIEW_COMPLETED");
        assertThat(timeline.get("entries").get(2).get("title").asText()).isEqualTo("Feedback from their manager");
        assertThat(timeline.get("entries").get(2).get("refs").toString()).contains(giver);
    }

    @Test
    void onlyTheEmployeeRecordsTheirRetrospectiveTakeaways() {
        String emma = api.employeeOf(TestUsers.EMPLOYEE);
        String takeaway = """
                {"retrospective":"Q1 launch retro","takeaway":"ship smaller","recordedOn":"2024-04-02"}""";

        Reply byOther = post(emma, "/retro-takeaways", takeaway); // signed in as tester
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byOther.code()).isEqualTo("NOT_YOUR_RECORD");
        assertThat(api.as(TestUsers.EMPLOYEE).call("POST", "/api/employees/" + emma + "/retro-takeaways", takeaway)
                      .status()).isEqualTo(201);
        assertThat(api.timelineWhen(emma, "?kind=RETRO_TAKEAWAY", 1).get("entries").get(0).get("details")
                      .get("takeaway").asText()).isEqualTo("ship smaller");
    }

    @Test
    void selfFeedbackAndASecondReviewOfAPeriodAreRefused() {
        Reply self = post(api.employeeOf(TestUsers.TESTER), "/feedback", """
                {"direction":"PEER","text":"I am great","receivedOn":"2024-03-05"}""");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.code()).isEqualTo("SELF_FEEDBACK");

        String id = api.hire("Twice Reviewed");
        String review = """
                {"period":"2024-H1","selfReflection":"ok","managerAssessment":"ok","completedOn":"2024-06-30"}""";
        post(id, "/reviews", review);
        Reply again = post(id, "/reviews", review);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REVIEW_ALREADY_COMPLETED");

        Reply oneSided = post(id, "/reviews", """
                {"period":"2024-H2","selfReflection":"ok","completedOn":"2024-12-31"}""");
        assertThat(oneSided.status()).isEqualTo(400);
        assertThat(oneSided.body().get("errors").get(0).get("field").asText()).isEqualTo("managerAssessment");
        api.timelineWhen(id, "", 2);
    }
}
