package io.careerhistory.infra.secrets;

import io.careerhistory.infra.mongo.CareerMongoProperties;
import io.careerhistory.infra.operations.InvalidSetting;
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
import java.util.function.Supplier;

/**
 * Finds a secret the process needs (the hash-chain key, the personal-data master key). A configured secret always
 * wins; against a real MongoDB one is required, because a secret stored beside the data protects nothing from whoever
 * can read the data. With the embedded default one is generated on first start and kept in the data directory.
 */
public final class SecretResolver {

    private static final Logger log = LoggerFactory.getLogger(SecretResolver.class);

    private SecretResolver() {
    }

    /**
     * @param configured the configured value, or null/blank
     * @param property   the property and environment variable that set it, for the error and the warning
     * @param fileName   the file in the data directory that keeps a generated one
     */
    public static byte[] resolve(String configured, String property, String fileName, CareerMongoProperties mongo) {
        return resolve(configured, property, fileName, mongo, SecretResolver::randomSecret);
    }

    /** As {@link #resolve(String, String, String, CareerMongoProperties)}, with the text of a generated one made by {@code generator}. */
    public static byte[] resolve(String configured, String property, String fileName, CareerMongoProperties mongo,
                                 Supplier<String> generator) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (mongo.mongodb().external()) {
            throw new InvalidSetting("Set " + property + ": with a real MongoDB this secret must be kept "
                                                    + "apart from the data");
        }
        if (mongo.embedded().storage() == CareerMongoProperties.Storage.MEMORY) {
            return generator.get().getBytes(StandardCharsets.UTF_8);
        }
        return fromDataDir(mongo.dataDir().resolve(fileName), property, generator);
    }

    private static byte[] fromDataDir(Path file, String property, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, generator.get());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the default permissions
            }
            log.warn("Generated a secret in {}. Keep a copy apart from the data; set {} to use your own.",
                     file.toAbsolutePath(), property);
            return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret " + file.toAbsolutePath(), e);
        }
    }

    private static String randomSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
