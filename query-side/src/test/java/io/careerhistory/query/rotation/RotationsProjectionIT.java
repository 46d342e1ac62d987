package io.careerhistory.query.rotation;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.query.EmbeddedMongo;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open rotations: each at its latest step, from the proposal until it is completed or cancelled. */
class RotationsProjectionIT {

    private static final EmployeeId ADA = EmployeeId.of("ada");
    private static final EmployeeId BOB = EmployeeId.of("bob");
    private static final EmployeeId LEAD = EmployeeId.of("lead");
    private static final LocalDate DAY = LocalDate.parse("2024-03-01");

    private EmbeddedMongo mongo;
    private RotationsRepository rotations;
    private RotationsProjection projection;

    @BeforeEach
    void start() {
        mongo = new EmbeddedMongo();
        rotations = new RotationsRepository(mongo.database(), "rotations");
        projection = new RotationsProjection(rotations);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static RotationProposedEvent proposed(String id, EmployeeId employee, LocalDate start) {
        return new RotationProposedEvent(employee, id, "Design Systems", "Design", start, start.plusMonths(3), DAY);
    }

    private List<String> open() {
        return rotations.findOpen().stream().map(d -> d.getString("_id")).toList();
    }

    @Test
    void aRotationIsOpenAtItsLatestStepUntilCompletedOrCancelledTheEarliestStartFirst() {
        projection.on(proposed("r-late", ADA, DAY.plusMonths(2)));
        projection.on(proposed("r-early", BOB, DAY.plusMonths(1)));
        assertThat(open()).containsExactly("r-early", "r-late");
        assertThat(rotations.findOpen().get(0).getString("status")).isEqualTo("PROPOSED");

        projection.on(new RotationApprovedEvent(BOB, "r-early", LEAD, DAY.plusDays(2)));
        projection.on(new RotationStartedEvent(BOB, "r-early", DAY.plusMonths(1)));
        projection.on(new RotationExtendedEvent(BOB, "r-early", DAY.plusMonths(6), DAY.plusMonths(3)));
        Document early = rotations.findOpen().get(0);
        assertThat(early.getString("status")).isEqualTo("STARTED");
        assertThat(early.getString("approvedBy")).isEqualTo("lead");
        assertThat(early.getString("plannedEnd")).isEqualTo("2024-09-01");
        assertThat(early.getString("hostTeam")).isEqualTo("Design Systems");

        projection.on(new RotationCompletedEvent(BOB, "r-early", RotationOutcome.CONVERTED, DAY.plusMonths(6)));
        projection.on(new RotationCancelledEvent(ADA, "r-late", "team reorganised", DAY.plusDays(3)));
        assertThat(open()).isEmpty();
    }

    @Test
    void aRedeliveredRunOfEventsLeavesTheRotationWhereItWasAndAResetEmptiesTheView() {
        RotationProposedEvent proposal = proposed("r1", ADA, DAY.plusMonths(1));
        RotationCancelledEvent cancelled = new RotationCancelledEvent(ADA, "r1", "team reorganised", DAY.plusDays(3));
        for (int delivery = 0; delivery < 2; delivery++) { // after a crash, the events since the last token come again
            projection.on(proposal);
            projection.on(cancelled);
        }
        assertThat(open()).isEmpty();
        assertThat(mongo.database().getCollection("rotations").find().first())
                .containsEntry("status", "CANCELLED").doesNotContainValue("team reorganised");

        projection.on(proposed("r2", BOB, DAY));
        projection.reset();
        assertThat(mongo.database().getCollection("rotations").countDocuments()).isZero();
    }
}
