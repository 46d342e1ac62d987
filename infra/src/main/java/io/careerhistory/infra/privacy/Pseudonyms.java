package io.careerhistory.infra.privacy;

import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
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
        return "p-" + HexFormat.of().formatHex(HmacSha256.of(key, id), 0, 10);
    }
}
