package org.dyad.core.portal;

import static org.dyad.db.jooq.Tables.APP_USER;
import static org.dyad.db.jooq.Tables.CLIENT;
import static org.dyad.db.jooq.Tables.PORTAL_INVITATION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.ClientAccess;
import org.dyad.core.db.Utc;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.ClientRecord;
import org.dyad.db.jooq.tables.records.PortalInvitationRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One-time portal invitations, valid for 7 days; the parent chooses a password through the link. */
@Service
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);
    public static final String INVALID = "This invitation link is not valid any more. Please ask your clinic for a new one.";
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final DSLContext dsl;
    private final ClientAccess access;
    private final AccountService accounts;
    private final AuditService audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public InvitationService(DSLContext dsl, ClientAccess access, AccountService accounts, AuditService audit,
                             ObjectProvider<JavaMailSender> mail, Clock clock) {
        this.dsl = dsl;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.mail = mail;
        this.clock = clock;
    }

    /** Creates an invitation for a client of the staff member's clinic; e-mails it when mail is configured. */
    @Transactional
    public Invitation create(DyadUser staff, long clientId, String baseUrl) {
        ClientAccess.requireStaff(staff);
        ClientRecord client = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOne();
        access.check(staff, client == null ? null : client.getClinicId(), clientId);
        if (dsl.fetchExists(APP_USER, APP_USER.CLIENT_ID.eq(clientId))) {
            throw new ValidationException("", "This client already has a portal account.");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = clock.instant().plus(VALIDITY);
        long id = dsl.insertInto(PORTAL_INVITATION)
                .set(PORTAL_INVITATION.CLINIC_ID, client.getClinicId())
                .set(PORTAL_INVITATION.CLIENT_ID, clientId)
                .set(PORTAL_INVITATION.TOKEN_HASH, hash(token))
                .set(PORTAL_INVITATION.CREATED_BY, staff.id())
                .set(PORTAL_INVITATION.CREATED_AT, Utc.toDb(clock.instant()))
                .set(PORTAL_INVITATION.EXPIRES_AT, Utc.toDb(expires))
                .returningResult(PORTAL_INVITATION.ID).fetchOne().value1();
        audit.record(staff, client.getClinicId(), "invitation.created", "invitation", id, clientId, null);
        boolean emailed = send(client, baseUrl + "invite/" + token);
        return new Invitation(id, clientId, token, expires, emailed);
    }

    /** The client's name for a valid, unused, unexpired token. */
    public Optional<String> describe(String token) {
        return valid(token).map(inv -> dsl.select(CLIENT.FIRST_NAME).from(CLIENT).where(CLIENT.ID.eq(inv.getClientId()))
                .fetchOne(CLIENT.FIRST_NAME));
    }

    /** Redeems the token: creates the parent's account with the chosen username and password. */
    @Transactional
    public long redeem(String token, String username, String password) {
        PortalInvitationRecord invitation = dsl.selectFrom(PORTAL_INVITATION)
                .where(PORTAL_INVITATION.TOKEN_HASH.eq(hash(token))).forUpdate().fetchOptional()
                .filter(this::usable)
                .orElseThrow(() -> new ValidationException("", INVALID));
        ClientRecord client = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(invitation.getClientId())).fetchOne();
        long userId = accounts.create(null, username, client.getFirstName() + " " + client.getLastName(), Role.PARENT,
                client.getClinicId(), client.getId(), password);
        dsl.update(PORTAL_INVITATION).set(PORTAL_INVITATION.USED_AT, Utc.toDb(clock.instant()))
                .where(PORTAL_INVITATION.ID.eq(invitation.getId())).execute();
        audit.record(null, client.getClinicId(), "invitation.redeemed", "invitation", invitation.getId(), client.getId(), null);
        return userId;
    }

    private Optional<PortalInvitationRecord> valid(String token) {
        return dsl.selectFrom(PORTAL_INVITATION).where(PORTAL_INVITATION.TOKEN_HASH.eq(hash(token))).fetchOptional()
                .filter(this::usable);
    }

    private boolean usable(PortalInvitationRecord r) {
        return r.getUsedAt() == null && Utc.fromDb(r.getExpiresAt()).isAfter(clock.instant());
    }

    private boolean send(ClientRecord client, String link) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || client.getEmail() == null) {
            return false;
        }
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setTo(client.getEmail());
            message.setSubject("Your invitation to the Dyad parent portal");
            message.setText("Hello " + client.getFirstName() + ",\n\nyour clinic invited you to the parent portal. "
                    + "Open this link within 7 days to choose your password:\n\n" + link + "\n");
            sender.send(message);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not e-mail the invitation for client {}: {}", client.getId(), e.getMessage());
            return false;
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
