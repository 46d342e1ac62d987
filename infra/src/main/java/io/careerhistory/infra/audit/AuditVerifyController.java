package io.careerhistory.infra.audit;

import io.careerhistory.infra.eventstore.HashChainVerifier;
import io.careerhistory.infra.eventstore.StoreCheckpoints;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: proves the event store unaltered, or says exactly where it was altered. */
@RestController
class AuditVerifyController {

    private final HashChainVerifier verifier;
    private final StoreCheckpoints checkpoints;

    AuditVerifyController(HashChainVerifier verifier, StoreCheckpoints checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/api/audit/verify")
    VerificationReport verify() {
        StoreCheckpoints.Checkpoint latest = checkpoints.latest().orElse(null);
        return VerificationReport.of(verifier.verify(position -> { }), latest);
    }
}
