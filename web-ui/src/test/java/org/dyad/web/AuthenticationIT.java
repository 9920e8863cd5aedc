package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.dyad.core.security.DyadAuthenticationProvider;
import org.dyad.core.security.DyadUser;
import org.dyad.web.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@Import(AuthenticationIT.Clocks.class)
class AuthenticationIT extends WebTestBase {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    DyadAuthenticationProvider provider;
    @Autowired
    MutableClock clock;
    @Autowired
    org.dyad.core.security.AccountService accounts;

    private Authentication login(String user, String password) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, password));
    }

    @Test
    void a_correct_password_signs_in_with_the_role_of_the_account() {
        Authentication auth = login("willow.consultant", DemoData.PASSWORD);
        assertThat(auth.getPrincipal()).isInstanceOfSatisfying(DyadUser.class,
                u -> assertThat(u.role()).isEqualTo(org.dyad.api.Role.CONSULTANT));
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONSULTANT");
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_message() {
        assertThatThrownBy(() -> login("willow.frontdesk", "wrong-password!"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Incorrect username or password.");
        assertThatThrownBy(() -> login("nobody.here", "wrong-password!"))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Incorrect username or password.");
    }

    @Test
    void five_failures_within_fifteen_minutes_lock_the_account_for_fifteen_minutes() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login("harbor.frontdesk", "wrong-password!")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(2));
        }
        assertThatThrownBy(() -> login("harbor.frontdesk", "wrong-password!"))
                .isInstanceOf(LockedException.class)
                .hasMessageStartingWith("Too many failed sign-in attempts. For your security this account is locked for 15 minutes");
        // Even the right password is refused while locked.
        assertThatThrownBy(() -> login("harbor.frontdesk", DemoData.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> login("harbor.frontdesk", DemoData.PASSWORD)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(login("harbor.frontdesk", DemoData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        for (int i = 0; i < 8; i++) {
            assertThatThrownBy(() -> login("harbor.consultant", "wrong-password!")).isInstanceOf(BadCredentialsException.class);
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(login("harbor.consultant", DemoData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_deactivated_account_cannot_sign_in() {
        DyadUser admin = (DyadUser) login("willow.admin", DemoData.PASSWORD).getPrincipal();
        long frontDesk = accounts.findByUsername("willow.frontdesk").orElseThrow().getId();
        accounts.setActive(admin, frontDesk, false);
        assertThatThrownBy(() -> login("willow.frontdesk", DemoData.PASSWORD))
                .isInstanceOf(DisabledException.class)
                .hasMessage("This account is deactivated. Please ask your clinic to reactivate it.");
        accounts.setActive(admin, frontDesk, true);
    }
}
