package io.careerhistory.infra.eventstore;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hashes every store already holds must verify forever, so what the hasher computes is a stored contract: these
 * values were computed when the store was first written and must never change, whatever is done to make it faster.
 */
class CommitHasherTest {

    private static final CommitHasher HASHER = new CommitHasher("hash-pin-key-0123456789".getBytes(StandardCharsets.UTF_8));
    private static final StoredEvent HIRED = new StoredEvent("e-1", "emp-1", "EmployeeCareer", 3, "2026-01-02T03:04:05.120Z",
                                                             "io.x.Hired", "2", "{\"name\":\"Åda\"}", "{}");

    @Test
    void aCommitHashesAsItAlwaysHas() {
        assertThat(commit().hash()).isEqualTo("685b632a51c73809eda44fd5b83cde135819dd4e33ebdf4063204be9aadeacb6");
        assertThat(HASHER.verifies(commit())).isTrue();
    }

    @Test
    void anAbortedCommitHashesAsItAlwaysHas() {
        assertThat(StoredCommit.aborted(9, 41, "2026-01-02T03:04:06Z", "the writer died", HASHER).hash())
                .isEqualTo("a76259498c105c9ca950f992ad98bccea0fe75a1fb99d15f3a24055d7786e12e");
    }

    @Test
    void theGlobalChainAndCheckpointSignaturesAreAsTheyAlwaysWere() {
        String hash = commit().hash();

        assertThat(HASHER.chain(CommitHasher.GENESIS, hash))
                .isEqualTo("dd2115bba78edef88bc7a7d567955192492ca5446b0ed445a0344ad76b5eccd5");
        assertThat(HASHER.signCheckpoint(7, hash, "2026-01-02T03:04:07Z"))
                .isEqualTo("562388ecb427fcb1621ed7444b4fd400a568cb2639fa9cc4171e03ac1340068b");
    }

    @Test
    void anyChangedFieldChangesTheHash() {
        StoredCommit moved = new StoredCommit(0, 0, "2026-01-02T03:04:05.120Z", "alice", "corr-1", null,
                                              List.of(HIRED), List.of(), null, null)
                .at(8, 40, List.of("ab".repeat(32)), HASHER);

        assertThat(moved.hash()).isNotEqualTo(commit().hash());
    }

    private static StoredCommit commit() {
        return new StoredCommit(0, 0, "2026-01-02T03:04:05.120Z", "alice", "corr-1", null, List.of(HIRED), List.of(),
                                null, null).at(7, 40, List.of("ab".repeat(32)), HASHER);
    }
}
