package org.dyad.core.audit;

import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.CLINIC;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.core.db.Utc;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail. Rows are only ever inserted; database triggers refuse updates and deletes, this
 * service offers neither, and {@link AuditTrailGuard} refuses any statement through the host's jOOQ that would change
 * or remove the table (plugins included).
 */
@Service
public class AuditService {

    private static final int MAX_DETAILS = 2000;

    private final DSLContext dsl;
    private final Clock clock;

    public AuditService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records an event done by {@code actor} (null for the system) in the actor's clinic or the given one. */
    public void record(@Nullable DyadUser actor, @Nullable Long clinicId, String action, String subjectType,
                       @Nullable Long subjectId, @Nullable Long clientId, @Nullable String details) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, Utc.toDb(clock.instant()))
                .set(AUDIT_EVENT.ACTOR_USER_ID, actor == null ? null : actor.id())
                .set(AUDIT_EVENT.ACTOR_NAME, actor == null ? "system" : actor.username())
                .set(AUDIT_EVENT.CLINIC_ID, clinicId != null ? clinicId : actor == null ? null : actor.clinicId())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT_TYPE, subjectType)
                .set(AUDIT_EVENT.SUBJECT_ID, subjectId)
                .set(AUDIT_EVENT.CLIENT_ID, clientId)
                .set(AUDIT_EVENT.DETAILS, details == null || details.length() <= MAX_DETAILS ? details
                        : details.substring(0, MAX_DETAILS))
                .execute();
    }

    /** A page of the admin's clinic's events, newest first. Clinic admins only. */
    public List<AuditEntry> find(DyadUser admin, AuditQuery query, int offset, int limit) {
        long clinicId = clinicOf(admin);
        return dsl.selectFrom(AUDIT_EVENT)
                .where(conditions(clinicId, query))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit).offset(offset)
                .fetch(AuditService::toEntry);
    }

    /** How many of the admin's clinic's events match. Clinic admins only. */
    public int count(DyadUser admin, AuditQuery query) {
        return dsl.fetchCount(AUDIT_EVENT, conditions(clinicOf(admin), query));
    }

    /** The audit log is read by the clinic admin, of their own clinic only. */
    private static long clinicOf(DyadUser admin) {
        if (admin.role() != Role.CLINIC_ADMIN || admin.clinicId() == null) {
            throw new AccessDeniedException("Only a clinic admin can read the audit log.");
        }
        return admin.clinicId();
    }

    private List<Condition> conditions(long clinicId, AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(AUDIT_EVENT.CLINIC_ID.eq(clinicId));
        if (query.actorUserId() != null) {
            conditions.add(AUDIT_EVENT.ACTOR_USER_ID.eq(query.actorUserId()));
        }
        if (query.clientId() != null) {
            conditions.add(AUDIT_EVENT.CLIENT_ID.eq(query.clientId()));
        }
        if (query.from() != null || query.to() != null) {
            ZoneId zone = ZoneId.of(dsl.select(CLINIC.TIME_ZONE).from(CLINIC).where(CLINIC.ID.eq(clinicId)).fetchOne(CLINIC.TIME_ZONE));
            if (query.from() != null) {
                conditions.add(AUDIT_EVENT.OCCURRED_AT.ge(Utc.toDb(query.from().atStartOfDay(zone).toInstant())));
            }
            if (query.to() != null) {
                conditions.add(AUDIT_EVENT.OCCURRED_AT.lt(Utc.toDb(query.to().plusDays(1).atStartOfDay(zone).toInstant())));
            }
        }
        return conditions;
    }

    private static AuditEntry toEntry(AuditEventRecord r) {
        return new AuditEntry(r.getId(), Utc.fromDb(r.getOccurredAt()), r.getActorUserId(), r.getActorName(),
                r.getClinicId(), r.getAction(), r.getSubjectType(), r.getSubjectId(), r.getClientId(), r.getDetails());
    }
}
