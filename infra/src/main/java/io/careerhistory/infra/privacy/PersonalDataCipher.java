package io.careerhistory.infra.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Seals a personal field with its subject's key, bound to the subject (a ciphertext moved to another employee's event
 * does not open), and opens it while the key exists.
 */
public class PersonalDataCipher {

    private final PersonalDataKeys keys;

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    public byte[] seal(String subject, String plaintext) {
        return AesGcm.seal(keys.keyFor(subject), plaintext.getBytes(StandardCharsets.UTF_8), aad(subject));
    }

    /** The plaintext, or empty once the subject's key was destroyed. */
    public Optional<String> open(String subject, byte[] sealed) {
        return keys.lookUp(subject)
                   .flatMap(key -> AesGcm.open(key, sealed, aad(subject)))
                   .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] aad(String subject) {
        return ("personal-data:" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
