package org.dyad.core.security;

import static org.dyad.db.jooq.Tables.APP_USER;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.audit.AuditService;
import org.dyad.core.db.Utc;
import org.dyad.db.jooq.enums.AppUserRole;
import org.dyad.db.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in accounts: staff, parents and platform administrators; lockout bookkeeping. */
@Service
public class AccountService {

    /** Failed sign-ins within {@link #FAILURE_WINDOW} that lock an account. */
    public static final int MAX_FAILURES = 5;
    public static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    public AccountService(DSLContext dsl, PasswordEncoder passwordEncoder, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<AppUserRecord> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(normalize(username))).fetchOptional();
    }

    public Optional<DyadUser> findUser(long id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id)).fetchOptional(AccountService::toUser);
    }

    /** Staff accounts of a clinic, active first, then by name. */
    public List<StaffAccount> staffOf(long clinicId) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.CLINIC_ID.eq(clinicId))
                .and(APP_USER.ROLE.in(AppUserRole.CLINIC_ADMIN, AppUserRole.CONSULTANT, AppUserRole.FRONT_DESK))
                .orderBy(APP_USER.ACTIVE.desc(), APP_USER.DISPLAY_NAME)
                .fetch(r -> new StaffAccount(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole().name()),
                        r.getActive(), Utc.fromDb(r.getLastLoginAt())));
    }

    /** Everyone of a clinic who can sign in (for audit filters). */
    public List<DyadUser> usersOf(long clinicId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.CLINIC_ID.eq(clinicId)).orderBy(APP_USER.DISPLAY_NAME)
                .fetch(AccountService::toUser);
    }

    /** Creates a staff account in the admin's clinic. */
    @Transactional
    public long createStaff(DyadUser admin, String username, String displayName, Role role, String password) {
        requireClinicAdmin(admin);
        if (role == null || !role.isStaff()) {
            throw new ValidationException("role", "Choose a staff role.");
        }
        return create(admin, username, displayName, role, admin.clinicId(), null, password);
    }

    /**
     * Creates an account without an acting admin (demo data, invitations, set-up). Validates like every other path.
     */
    @Transactional
    public long create(@Nullable DyadUser actor, String username, String displayName, Role role, @Nullable Long clinicId,
                       @Nullable Long clientId, String password) {
        String name = normalize(username);
        Validation v = new Validation();
        v.require("username", name, "Enter a username.", 254);
        if (!name.isEmpty() && !name.matches("[a-z0-9._@+-]+")) {
            v.add("username", "A username may use letters, digits and . _ @ + - only.");
        }
        String trimmedName = displayName == null ? "" : displayName.trim();
        v.require("displayName", trimmedName, "Enter a name.", 200);
        checkPassword(v, password);
        if (!name.isEmpty() && findByUsername(name).isPresent()) {
            v.add("username", "This username is already taken.");
        }
        v.throwIfAny();
        long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, name)
                .set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password))
                .set(APP_USER.DISPLAY_NAME, trimmedName)
                .set(APP_USER.ROLE, AppUserRole.valueOf(role.name()))
                .set(APP_USER.CLINIC_ID, clinicId)
                .set(APP_USER.CLIENT_ID, clientId)
                .set(APP_USER.CREATED_AT, Utc.toDb(clock.instant()))
                .returningResult(APP_USER.ID).fetchOne().value1();
        audit.record(actor, clinicId, "account.created", "user", id, clientId, role.name());
        return id;
    }

    /** Deactivates (or reactivates) a staff account of the admin's clinic. An admin cannot deactivate themselves. */
    @Transactional
    public void setActive(DyadUser admin, long userId, boolean active) {
        requireClinicAdmin(admin);
        if (admin.id() == userId && !active) {
            throw new ValidationException("", "You cannot deactivate your own account.");
        }
        int updated = dsl.update(APP_USER).set(APP_USER.ACTIVE, active)
                .where(APP_USER.ID.eq(userId)).and(APP_USER.CLINIC_ID.eq(admin.clinicId()))
                .execute();
        if (updated == 0) {
            throw new org.dyad.api.AccessDeniedException("This account is not in your clinic.");
        }
        audit.record(admin, admin.clinicId(), active ? "account.reactivated" : "account.deactivated", "user", userId, null, null);
    }

    /** Records a failed sign-in; returns the lock end when this failure locked the account. */
    @Transactional
    public Optional<Instant> recordFailure(AppUserRecord user) {
        Instant now = clock.instant();
        Instant first = Utc.fromDb(user.getFirstFailedAt());
        int failures = first == null || first.plus(FAILURE_WINDOW).isBefore(now) ? 1 : user.getFailedLogins() + 1;
        Instant windowStart = failures == 1 ? now : first;
        Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_DURATION) : null;
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, lockedUntil == null ? failures : 0)
                .set(APP_USER.FIRST_FAILED_AT, lockedUntil == null ? Utc.toDb(windowStart) : null)
                .set(APP_USER.LOCKED_UNTIL, lockedUntil == null ? user.getLockedUntil() : Utc.toDb(lockedUntil))
                .where(APP_USER.ID.eq(user.getId()))
                .execute();
        audit.record(toUser(user), user.getClinicId(), lockedUntil == null ? "login.failed" : "login.locked", "user",
                user.getId(), null, null);
        return Optional.ofNullable(lockedUntil);
    }

    @Transactional
    public void recordSuccess(AppUserRecord user) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.FIRST_FAILED_AT, (java.time.LocalDateTime) null)
                .set(APP_USER.LOCKED_UNTIL, (java.time.LocalDateTime) null)
                .set(APP_USER.LAST_LOGIN_AT, Utc.toDb(clock.instant()))
                .where(APP_USER.ID.eq(user.getId()))
                .execute();
        audit.record(toUser(user), user.getClinicId(), "login.succeeded", "user", user.getId(), null, null);
    }

    public boolean passwordMatches(AppUserRecord user, String password) {
        return passwordEncoder.matches(password, user.getPasswordHash());
    }

    /** Sets a new password (invitation, reset), validated. */
    @Transactional
    public void setPassword(long userId, String password) {
        Validation v = new Validation();
        checkPassword(v, password);
        v.throwIfAny();
        dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordEncoder.encode(password)).where(APP_USER.ID.eq(userId)).execute();
    }

    public static DyadUser toUser(AppUserRecord r) {
        return new DyadUser(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole().name()),
                r.getClinicId(), r.getClientId());
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkPassword(Validation v, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            v.add("password", "Use a password of at least " + MIN_PASSWORD_LENGTH + " characters.");
        } else if (password.length() > 128) {
            v.add("password", "Use a password of at most 128 characters.");
        }
    }

    private static void requireClinicAdmin(DyadUser admin) {
        if (admin.role() != Role.CLINIC_ADMIN || admin.clinicId() == null) {
            throw new org.dyad.api.AccessDeniedException("Only a clinic admin can manage staff accounts.");
        }
    }
}
