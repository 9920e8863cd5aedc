package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.portal.Invitation;
import org.dyad.core.portal.InvitationService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadAuthenticationProvider;
import org.dyad.core.security.DyadUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** Portal invitations: one-time links valid for 7 days through which a parent chooses a password. */
@Import(InvitationIT.Clocks.class)
class InvitationIT extends WebTestBase {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock invitationClock() {
            return new MutableClock();
        }
    }

    @Autowired
    InvitationService invitations;
    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    DyadAuthenticationProvider provider;
    @Autowired
    MutableClock clock;

    private long newClient(DyadUser staff, String last) {
        return clients.create(staff, new ClientDraft("Robin", last, "", "",
                List.of(new BabyDraft(null, "Kit", LocalDate.now().minusDays(4), 3100, 39))));
    }

    @Test
    void a_parent_sets_a_password_through_the_link_and_then_signs_in_to_their_own_record() {
        DyadUser staff = user("willow.frontdesk");
        long clientId = newClient(staff, "Invited");
        Invitation invitation = invitations.create(staff, clientId, "http://localhost/");
        assertThat(invitations.describe(invitation.token())).contains("Robin");
        invitations.redeem(invitation.token(), "robin.invited", "a-good-long-password");
        var auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("robin.invited", "a-good-long-password"));
        DyadUser parent = (DyadUser) auth.getPrincipal();
        assertThat(parent.role()).isEqualTo(Role.PARENT);
        assertThat(parent.clientId()).isEqualTo(clientId);
        assertThat(clients.get(parent, clientId).lastName()).isEqualTo("Invited");
    }

    @Test
    void a_link_works_once() {
        DyadUser staff = user("willow.frontdesk");
        Invitation invitation = invitations.create(staff, newClient(staff, "Once"), "http://localhost/");
        invitations.redeem(invitation.token(), "robin.once", "a-good-long-password");
        assertThat(invitations.describe(invitation.token())).isEmpty();
        assertThatThrownBy(() -> invitations.redeem(invitation.token(), "robin.twice", "a-good-long-password"))
                .isInstanceOf(ValidationException.class).hasMessage(InvitationService.INVALID);
    }

    @Test
    void a_link_expires_after_seven_days() {
        DyadUser staff = user("willow.frontdesk");
        Invitation invitation = invitations.create(staff, newClient(staff, "Late"), "http://localhost/");
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThatThrownBy(() -> invitations.redeem(invitation.token(), "robin.late", "a-good-long-password"))
                .isInstanceOf(ValidationException.class).hasMessage(InvitationService.INVALID);
        assertThat(accounts.findByUsername("robin.late")).isEmpty();
    }

    @Test
    void a_short_password_is_refused_and_the_link_stays_usable() {
        DyadUser staff = user("willow.frontdesk");
        Invitation invitation = invitations.create(staff, newClient(staff, "Short"), "http://localhost/");
        assertThatThrownBy(() -> invitations.redeem(invitation.token(), "robin.short", "short"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("password", "Use a password of at least 10 characters."));
        assertThat(accounts.findByUsername("robin.short")).isEmpty();
        assertThat(invitations.describe(invitation.token())).isPresent();
    }

    @Test
    void staff_of_another_clinic_cannot_invite_a_client_and_parents_cannot_invite_at_all() {
        long clientId = newClient(user("willow.frontdesk"), "Guarded");
        assertThatThrownBy(() -> invitations.create(user("harbor.admin"), clientId, "http://localhost/"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.create(user("parent.maya"), clientId, "http://localhost/"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }
}
