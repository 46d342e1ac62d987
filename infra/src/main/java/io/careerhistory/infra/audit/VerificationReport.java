package io.careerhistory.infra.audit;

import io.careerhistory.infra.eventstore.HashChainVerifier;
import io.careerhistory.infra.eventstore.StoreCheckpoints;

/** The answer of a verification: OK, or ALTERED with the first commit that fails and why. */
public record VerificationReport(String status, long commitsVerified, long abortedCommits, Long brokenAt, String reason,
                                 Long latestCheckpoint, String latestCheckpointSignedAt) {

    static VerificationReport of(HashChainVerifier.Result result, StoreCheckpoints.Checkpoint latest) {
        return new VerificationReport(result.intact() ? "OK" : "ALTERED", result.commitsVerified(), result.aborted(),
                                      result.intact() ? null : result.brokenAt(), result.reason(),
                                      latest == null ? null : latest.position(), latest == null ? null : latest.signedAt());
    }

    /** One line for a terminal. */
    String line() {
        return status.equals("OK")
                ? "OK: " + commitsVerified + " commits verified (" + abortedCommits + " aborted fillers), latest signed "
                  + "checkpoint at " + latestCheckpoint
                : "ALTERED at commit " + brokenAt + ": " + reason + " (" + commitsVerified + " commits before it verified)";
    }
}
