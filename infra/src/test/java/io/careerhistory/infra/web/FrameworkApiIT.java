package io.careerhistory.infra.web;

import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.Test;

import java.util.UUID;

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

        Reply negativeCount = api.call("POST", "/api/framework/versions", """
                {"version":2,"effectiveFrom":"2099-01-01","tracks":%s}""".formatted(
                TRACKS.formatted(2).replace("\"minimum\":12", "\"minimum\":-12")));
        assertThat(negativeCount.status()).isEqualTo(422);
        assertThat(negativeCount.body().get("detail").asText())
                .isEqualTo("The framework is not valid: in level Engineering E2, the MONTHS_IN_LEVEL minimum is -12; "
                                   + "a count is 0 or more");

        Reply noTracks = api.call("POST", "/api/framework/versions", """
                {"version":2,"effectiveFrom":"2099-01-01","tracks":[]}""");
        assertThat(noTracks.status()).isEqualTo(400);
        assertThat(noTracks.body().get("errors").get(0).get("field").asText()).isEqualTo("tracks");

        Reply published = publish(2, "2099-01-01", 2);
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().get("version").asInt()).isEqualTo(2);
        assertLevelsTheNewVersionDropsAreRefused();
    }

    /**
     * Version 2 keeps only E1 and E2: a hire dated from 2099 on (hires may be dated ahead) cannot be an E3. Ranks that
     * no version in force knows are refused to a mentorship in {@code ImportApiIT}: facts cannot be dated ahead.
     */
    private void assertLevelsTheNewVersionDropsAreRefused() {
        Reply hire = api.call("POST", "/api/employees", """
                {"name":"Future Hire","email":"future@example.com","loginName":"future.%s","track":"Engineering",
                 "level":"E3","team":"Payments","hiredOn":"2099-02-01"}""".formatted(UUID.randomUUID().toString()
                                                                                       .substring(0, 8)));
        assertThat(hire.status()).isEqualTo(422);
        assertThat(hire.code()).isEqualTo("NOT_IN_FRAMEWORK");
        assertThat(hire.body().get("detail").asText()).contains("Framework version 2");
        assertThat(api.getWhen("/api/framework?on=2099-06-30", r -> r.path("version").asInt() == 2).get("tracks").size())
                .isEqualTo(1); // the view follows the publication

    }
}
