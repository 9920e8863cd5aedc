package org.dyad.core.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.dyad.core.db.Utc;
import org.dyad.db.jooq.tables.records.AppUserRecord;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in with lockout: {@value AccountService#MAX_FAILURES} failures within 15 minutes lock the
 * account for 15 minutes. Messages never reveal whether a username exists.
 */
@Component
public class DyadAuthenticationProvider implements AuthenticationProvider {

    public static final String WRONG_CREDENTIALS = "Incorrect username or password.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String dummyHash;

    public DyadAuthenticationProvider(AccountService accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = String.valueOf(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        Optional<AppUserRecord> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        AppUserRecord user = found.get();
        Instant lockedUntil = Utc.fromDb(user.getLockedUntil());
        if (lockedUntil != null && lockedUntil.isAfter(clock.instant())) {
            throw new LockedException(lockedMessage(lockedUntil));
        }
        if (!accounts.passwordMatches(user, password)) {
            Optional<Instant> locked = accounts.recordFailure(user);
            if (locked.isPresent()) {
                throw new LockedException(lockedMessage(locked.get()));
            }
            throw new BadCredentialsException(WRONG_CREDENTIALS);
        }
        if (!user.getActive()) {
            throw new DisabledException("This account is deactivated. Please ask your clinic to reactivate it.");
        }
        accounts.recordSuccess(user);
        DyadUser principal = AccountService.toUser(user);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + principal.role().name())));
    }

    static String lockedMessage(Instant until) {
        return "Too many failed sign-in attempts. For your security this account is locked for 15 minutes, until "
                + TIME.format(until) + ".";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
