package io.careerhistory.infra.web;

import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing framework versions over HTTP, after the default version 1 that every new store starts with. Version 2 takes
 * effect in 2099, so that the other tests of the shared context, dated before, keep version 1.
 */
class FrameworkApiIT extends ApiIntegrationTest {

    private static final String TRACKS = """
            [{"name":"Engineering","levels":[
              {"code":"E1","title":"Engineer","rank":1,"criteria":[]},
              {"code":"E2","title":"Senior Engineer","rank":%d,
               "criteria":[{"kind":"MONTHS_IN_LEVEL","minimum":12,"skills":[],"description":"a year"}]}]}]""";

    private Reply publish(int version, String effectiveFrom, int secondRank) {
        return api.call("POST", "/api/framework/versions", """
                {"version":%d,"effectiveFrom":"%s","tracks":%s}""".formatted(version, effectiveFrom,
                                                                          TRACKS.formatted(secondRank)));
    }

    @Test
    void versionsAfterTheDefaultArePublishedInOrderAndCheckedForShape() {
        Reply again = publish(1, "2021-01-01", 2);
        assertThat(again.status()).as("version 1 is the default framework, published at start").isEqualTo(409);
        assertThat(again.code()).isEqualTo("FRAMEWORK_VERSION_OUT_OF_ORDER");

        Reply backdated = publish(2, "2019-06-01", 2);
        assertThat(backdated.status()).isEqualTo(422);
        assertThat(backdated.code()).isEqualTo("FRAMEWORK_DATE_NOT_LATER");

        Reply misranked = publish(2, "2099-01-01", 1);
        assertThat(misranked.status()).isEqualTo(422);
        assertThat(misranked.code()).isEqualTo("FRAMEWORK_INVALID");

        Reply levelWithoutCode = api.call("POST", "/api/framework/versions", """
                {"version":2,"effectiveFrom":"2099-01-01","tracks":[{"name":"X","levels":[{"rank":1}]}]}""");
        assertThat(levelWithoutCode.status()).isEqualTo(422);
        assertThat(levelWithoutCode.code()).isEqualTo("FRAMEWORK_INVALID");

        Reply noTracks = api.call("POST", "/api/framework/versions", """
                {"version":2,"effectiveFrom":"2099-01-01","tracks":[]}""");
        assertThat(noTracks.status()).isEqualTo(400);
        assertThat(noTracks.body().get("errors").get(0).get("field").asText()).isEqualTo("tracks");

        Reply published = publish(2, "2099-01-01", 2);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().get("version").asInt()).isEqualTo(2);
        assertRanksFromLevelsTheNewVersionDropsAreUnknown();
    }

    /** Version 2 keeps only E1 and E2: from 2099 on, an E3 and an E5 cannot be ranked for a mentorship. */
    private void assertRanksFromLevelsTheNewVersionDropsAreUnknown() {
        String mentee = api.hire("Future Mentee");
        String mentor = api.hire("Future Mentor", "Engineering", "E5");
        Reply requested = api.call("POST", "/api/mentorships", """
                {"menteeId":"%s","kind":"CLASSIC","topic":"time travel","goals":["arrive"],"requestedOn":"2099-02-01"}"""
                .formatted(mentee));
        Reply match = api.call("POST", "/api/mentorships/" + requested.body().get("mentorshipId").asText() + "/match",
                               """
                {"mentorId":"%s","matchedOn":"2099-02-08"}""".formatted(mentor));
        assertThat(match.status()).isEqualTo(422);
        assertThat(match.code()).isEqualTo("RANK_UNKNOWN");
    }
}
