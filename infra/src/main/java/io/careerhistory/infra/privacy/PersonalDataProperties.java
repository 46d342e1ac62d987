package io.careerhistory.infra.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code career.personal-data.master-key} (env CAREER_PERSONAL_DATA_MASTER_KEY) wraps every employee's key and keys the
 * blind index; generated into the data directory for the embedded default, required with a real MongoDB.
 * {@code key-cache-ttl} is how long a node keeps an employee's key in memory: an erasure made on another node takes
 * effect here within that time (on this node at once).
 */
@ConfigurationProperties(prefix = "career.personal-data")
public record PersonalDataProperties(String masterKey, Duration keyCacheTtl) {

    public static final String MASTER_KEY_PROPERTY = "career.personal-data.master-key (env CAREER_PERSONAL_DATA_MASTER_KEY)";

    public PersonalDataProperties {
        keyCacheTtl = keyCacheTtl == null ? Duration.ofMinutes(1) : keyCacheTtl;
    }
}
