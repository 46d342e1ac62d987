package io.careerhistory.infra.security;

import io.careerhistory.infra.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedPasswordsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final VerifiedPasswords passwords = new VerifiedPasswords(bcrypt(), clock);

    private DaoAuthenticationProvider bcrypt() {
        PasswordEncoder encoder = new BCryptPasswordEncoder(4);
        String hash = encoder.encode("right");
        UserDetailsService users = name -> {
            bcryptChecks.incrementAndGet();
            return User.withUsername(name).password(hash).roles("TALENT_PARTNER").build();
        };
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }

    private static UsernamePasswordAuthenticationToken basic(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    @Test
    void aPasswordThatCheckedOutIsNotCheckedWithBcryptAgainForAWhile() {
        Authentication first = passwords.authenticate(basic("talent", "right"));
        Authentication second = passwords.authenticate(basic("talent", "right"));

        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("talent");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(bcryptChecks).hasValue(1);

        clock.advance(VerifiedPasswords.TTL.plusSeconds(1));
        passwords.authenticate(basic("talent", "right"));
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedAndRefusedEvenAfterTheRightOne() {
        passwords.authenticate(basic("talent", "right"));

        assertThatThrownBy(() -> passwords.authenticate(basic("talent", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> passwords.authenticate(basic("talent", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(passwords.authenticate(basic("other", "right")).getName()).as("the user is part of the key")
                                                                               .isEqualTo("other");
        assertThat(bcryptChecks).hasValue(4);
    }
}
