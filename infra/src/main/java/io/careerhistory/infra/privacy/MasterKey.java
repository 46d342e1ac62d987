package io.careerhistory.infra.privacy;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * The one secret behind personal data. It never encrypts data itself: it derives a key that wraps the per-employee
 * keys, one that keys the blind index and one for analysts' pseudonyms, so that each key serves one purpose.
 */
public final class MasterKey {

    private final byte[] secret;

    public MasterKey(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("The personal-data master key needs at least 16 bytes; set "
                                                       + PersonalDataProperties.MASTER_KEY_PROPERTY);
        }
        this.secret = secret.clone();
    }

    SecretKey wrappingKey() {
        return new SecretKeySpec(derive("career-history/key-wrapping/v1"), "AES");
    }

    SecretKey blindIndexKey() {
        return new SecretKeySpec(derive("career-history/blind-index/v1"), "HmacSHA256");
    }

    SecretKey pseudonymKey() {
        return new SecretKeySpec(derive("career-history/pseudonyms/v1"), "HmacSHA256");
    }

    private byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
