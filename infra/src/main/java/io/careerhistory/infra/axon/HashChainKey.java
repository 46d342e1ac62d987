package io.careerhistory.infra.axon;

import io.careerhistory.infra.mongo.CareerMongoProperties;
import io.careerhistory.infra.secrets.SecretResolver;

/** The secret that keys the hash chain: {@code career.event-store.hmac-key}, or generated for the embedded default. */
final class HashChainKey {

    static final String KEY_FILE = "hash-chain.key";

    private HashChainKey() {
    }

    static byte[] resolve(EventStoreProperties store, CareerMongoProperties mongo) {
        return SecretResolver.resolve(store.hmacKey(), "career.event-store.hmac-key (env CAREER_EVENT_STORE_HMAC_KEY)",
                                      KEY_FILE, mongo);
    }
}
