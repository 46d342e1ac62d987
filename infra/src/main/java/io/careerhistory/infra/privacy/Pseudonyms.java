package io.careerhistory.infra.privacy;

import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Stable pseudonyms for analysts: the same employee always gets the same {@code p-...}, so that exports and analytics
 * can be joined, but without the key nobody can tell whose it is, nor test a guess.
 */
@Component
public class Pseudonyms {

    private final SecretKey key;

    Pseudonyms(MasterKey masterKey) {
        this.key = masterKey.pseudonymKey();
    }

    public String of(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
