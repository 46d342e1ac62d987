package io.careerhistory.infra.privacy;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

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
        return new SecretKeySpec(derive("career-history/blind-index/v1"), HmacSha256.ALGORITHM);
    }

    SecretKey pseudonymKey() {
        return new SecretKeySpec(derive("career-history/pseudonyms/v1"), HmacSha256.ALGORITHM);
    }

    private byte[] derive(String purpose) {
        return HmacSha256.of(secret, purpose);
    }
}
