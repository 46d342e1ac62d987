package io.careerhistory.infra.axon;

import io.careerhistory.command.career.EmployeeCareer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A snapshot of an older shape of EmployeeCareer is skipped, so loading replays the events instead of losing state. */
class EmployeeCareerSnapshotFilterTest {

    private final SnapshotFilter filter = new AxonConfiguration().employeeCareerSnapshotFilter();

    private static GenericDomainEventEntry<String> snapshot(String revision) {
        return new GenericDomainEventEntry<>("EmployeeCareer", "ada", 120, "s1", "2024-01-01T00:00:00Z",
                                             EmployeeCareer.class.getName(), revision, "{}", "{}");
    }

    @Test
    void keepsSnapshotsOfTheCurrentRevisionOnly() {
        assertThat(filter.allow(snapshot(EmployeeCareer.SNAPSHOT_REVISION))).isTrue();
        assertThat(filter.allow(snapshot("1"))).isFalse();
        assertThat(filter.allow(snapshot(null))).isFalse();
    }
}
