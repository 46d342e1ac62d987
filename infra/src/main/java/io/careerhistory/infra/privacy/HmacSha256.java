package io.careerhistory.infra.privacy;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HMAC-SHA256 of a text: key derivation, the blind index, pseudonyms and remembered passwords all use it. */
public final class HmacSha256 {

    public static final String ALGORITHM = "HmacSHA256";

    private HmacSha256() {
    }

    public static byte[] of(byte[] key, String text) {
        return of(new SecretKeySpec(key, ALGORITHM), text);
    }

    public static byte[] of(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
