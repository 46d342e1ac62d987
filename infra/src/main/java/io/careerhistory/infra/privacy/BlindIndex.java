package io.careerhistory.infra.privacy;

import javax.crypto.SecretKey;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keyed blind index: lookups by a personal value (a login name, an email address) go through its HMAC under a key
 * derived from the master key, so the lookup tables never hold the value itself, and without the key nobody can test
 * guesses against them.
 */
public class BlindIndex {

    private final SecretKey key;

    public BlindIndex(MasterKey masterKey) {
        this.key = masterKey.blindIndexKey();
    }

    /** Login names match exactly, as the sign-in compares them. */
    public String ofLoginName(String loginName) {
        return hmac("login:" + loginName);
    }

    /** Email addresses match whatever their case or surrounding spaces; a {@code mailto:} prefix (xAPI mbox) is dropped. */
    public String ofEmail(String email) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        return hmac("email:" + (normalized.startsWith("mailto:") ? normalized.substring(7) : normalized));
    }

    private String hmac(String value) {
        return HexFormat.of().formatHex(HmacSha256.of(key, value));
    }
}
