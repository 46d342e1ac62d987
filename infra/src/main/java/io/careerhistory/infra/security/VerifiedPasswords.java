package io.careerhistory.infra.security;

import io.careerhistory.infra.privacy.HmacSha256;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic sends the password with every request, and checking it against its BCrypt hash costs about 60 ms of CPU
 * on purpose: a script's every call would pay it. A password that checked out is remembered for {@link #TTL} by a
 * keyed hash of user and password (the key is random per process, never stored), so a repeat costs one HMAC; a wrong
 * password never matches and goes to BCrypt as before. Nothing of it outlives the process.
 */
final class VerifiedPasswords implements AuthenticationProvider {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider bcrypt;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedPasswords(AuthenticationProvider bcrypt, Clock clock) {
        this.bcrypt = bcrypt;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, HmacSha256.ALGORITHM);
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        if (!(request.getCredentials() instanceof String password)) {
            return bcrypt.authenticate(request);
        }
        String fingerprint = fingerprint(request.getName(), password);
        Instant now = clock.instant();
        Verified known = verified.get(fingerprint);
        if (known != null && known.until().isAfter(now)) {
            return known.authentication();
        }
        Authentication authenticated = bcrypt.authenticate(request);
        if (authenticated != null && authenticated.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(fingerprint, new Verified(authenticated, now.plus(TTL)));
        }
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String fingerprint(String user, String password) {
        return Base64.getEncoder().encodeToString(HmacSha256.of(key, user + '\u0000' + password));
    }

    private record Verified(Authentication authentication, Instant until) {
    }
}
