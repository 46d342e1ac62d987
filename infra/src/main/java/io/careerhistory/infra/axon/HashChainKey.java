package io.careerhistory.infra.axon;

import io.careerhistory.infra.mongo.CareerMongoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Finds the secret that keys the hash chain. A configured key always wins; against a real MongoDB one is required,
 * because a key stored beside the data would let whoever can edit the data also re-sign it.
 */
final class HashChainKey {

    private static final Logger log = LoggerFactory.getLogger(HashChainKey.class);
    static final String KEY_FILE = "hash-chain.key";

    private HashChainKey() {
    }

    static byte[] resolve(EventStoreProperties store, CareerMongoProperties mongo) {
        if (store.hmacKey() != null && !store.hmacKey().isBlank()) {
            return store.hmacKey().getBytes(StandardCharsets.UTF_8);
        }
        if (mongo.mongodb().external()) {
            throw new IllegalStateException("Set career.event-store.hmac-key (env CAREER_EVENT_STORE_HMAC_KEY): "
                                                    + "the hash chain of a real MongoDB needs a key kept apart from the data");
        }
        if (mongo.embedded().storage() == CareerMongoProperties.Storage.MEMORY) {
            return randomKey().getBytes(StandardCharsets.UTF_8);
        }
        return fromDataDir(mongo.dataDir().resolve(KEY_FILE));
    }

    private static byte[] fromDataDir(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, randomKey());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the default permissions
            }
            log.warn("Generated a hash-chain key in {}. Keep a copy apart from the data; set "
                             + "CAREER_EVENT_STORE_HMAC_KEY to use your own.", file.toAbsolutePath());
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the hash-chain key " + file.toAbsolutePath(), e);
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
