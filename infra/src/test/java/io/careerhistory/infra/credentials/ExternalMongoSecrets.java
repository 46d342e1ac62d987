package io.careerhistory.infra.credentials;

import java.util.List;

/**
 * The secrets a node needs when MongoDB is given by URI (they are never generated beside the data then), for tests
 * that run against such a MongoDB: as command-line options, and one by one.
 */
public final class ExternalMongoSecrets {

    public static final String HASH_CHAIN_KEY = "test-hash-chain-key-for-an-external-mongodb";
    public static final String MASTER_KEY = "test-personal-data-master-key-for-an-external-mongodb";
    public static final String SIGNING_KEY = IssuerKey.generatePem();

    private ExternalMongoSecrets() {
    }

    /** The three as {@code --name=value} options of the jar. */
    public static List<String> options() {
        return List.of("--career.event-store.hmac-key=" + HASH_CHAIN_KEY, "--career.personal-data.master-key=" + MASTER_KEY,
                       "--career.credentials.signing-key=" + SIGNING_KEY);
    }
}
