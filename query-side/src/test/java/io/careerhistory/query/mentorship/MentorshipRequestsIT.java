package io.careerhistory.query.mentorship;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import io.careerhistory.query.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests waiting for a mentor: open from the request until a match or a cancellation, for good. */
class MentorshipRequestsIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final LocalDate DAY = LocalDate.parse("2024-03-01");

    private EmbeddedMongo mongo;
    private MentorshipRequestsRepository requests;
    private MentorshipRequestsProjection projection;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        requests = new MentorshipRequestsRepository(mongo.database(), "mentorship_requests");
        projection = new MentorshipRequestsProjection(requests);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static MentorshipRequestedEvent requested(String id, EmployeeId mentee, String topic, LocalDate on) {
        return new MentorshipRequestedEvent(id, mentee, MentorshipKind.CLASSIC, topic, List.of("a goal"), on);
    }

    private List<String> open() {
        return requests.findOpen().stream().map(d -> d.getString("_id")).toList();
    }

    @Test
    void aRequestWaitsUntilItIsMatchedOrCancelledTheLongestWaitingFirst() {
        projection.on(requested("m-late", ADA, "rust", DAY.plusDays(5)));
        projection.on(requested("m-early", BOB, "system design", DAY));
        projection.on(requested("m-cancelled", BOB, "sql", DAY.plusDays(1)));

        assertThat(open()).containsExactly("m-early", "m-cancelled", "m-late");
        Document early = requests.findOpen().get(0);
        assertThat(early.getString("menteeId")).isEqualTo("bob");
        assertThat(early.getString("topic")).isEqualTo("system design");
        assertThat(early.getString("kind")).isEqualTo("CLASSIC");
        assertThat(early.getString("requestedOn")).isEqualTo("2024-03-01");

        projection.on(new MentorMatchedEvent("m-early", BOB, ADA, MentorshipKind.CLASSIC, DAY.plusDays(7)));
        projection.on(new MentorshipCancelledEvent("m-cancelled", BOB, null, "found one myself", DAY.plusDays(8)));
        assertThat(open()).containsExactly("m-late");
    }

    @Test
    void aRequestRedeliveredAfterItsMatchStaysClosedAndAResetEmptiesTheView() {
        MentorshipRequestedEvent request = requested("m1", ADA, "rust", DAY);
        projection.on(request);
        projection.on(new MentorMatchedEvent("m1", ADA, BOB, MentorshipKind.CLASSIC, DAY.plusDays(1)));
        projection.on(request);

        assertThat(open()).isEmpty();
        projection.on(requested("m2", ADA, "go", DAY));
        projection.reset();
        assertThat(open()).isEmpty();
    }
}
