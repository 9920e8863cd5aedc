package org.dyad.core.client;

import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dyad.api.PlatformEvent;
import org.dyad.api.ValidationException;
import org.dyad.core.audit.AuditService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.db.Utc;
import org.dyad.core.events.EventBus;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.BabyRecord;
import org.dyad.db.jooq.tables.records.ClientRecord;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clients (parents) and their babies. Every method checks access and records the audit event. */
@Service
public class ClientService {

    private final DSLContext dsl;
    private final ClientAccess access;
    private final AuditService audit;
    private final ClinicService clinics;
    private final EventBus events;
    private final Clock clock;

    public ClientService(DSLContext dsl, ClientAccess access, AuditService audit, ClinicService clinics,
                         EventBus events, Clock clock) {
        this.dsl = dsl;
        this.access = access;
        this.audit = audit;
        this.clinics = clinics;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the staff user's clinic's clients matching the search (parent or baby name). */
    public List<ClientSummary> search(DyadUser staff, String text, ClientSort sort, int offset, int limit) {
        ClientAccess.requireStaff(staff);
        Field<LocalDate> youngest = DSL.field(DSL.select(DSL.max(BABY.DATE_OF_BIRTH)).from(BABY)
                .where(BABY.CLIENT_ID.eq(CLIENT.ID)));
        List<ClientRecord> rows = dsl.select(CLIENT.fields()).select(youngest.as("youngest"))
                .from(CLIENT)
                .where(searchCondition(staff.clinicId(), text))
                .orderBy(order(sort, youngest))
                .limit(limit).offset(offset)
                .fetchInto(CLIENT);
        Map<Long, ? extends List<BabyRecord>> babies = babiesOf(rows.stream().map(ClientRecord::getId).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            List<BabyRecord> bs = babies.containsKey(r.getId()) ? babies.get(r.getId()) : List.of();
            LocalDate young = bs.stream().map(BabyRecord::getDateOfBirth).max(LocalDate::compareTo).orElse(null);
            return new ClientSummary(r.getId(), r.getFirstName() + " " + r.getLastName(),
                    bs.stream().map(BabyRecord::getName).toList(), young, Utc.fromDb(r.getLastActivityAt()));
        }).toList();
    }

    public int count(DyadUser staff, String text) {
        ClientAccess.requireStaff(staff);
        return dsl.fetchCount(CLIENT, searchCondition(staff.clinicId(), text));
    }

    /** The client record; audited as a read. */
    public ClientDetails get(DyadUser user, long clientId) {
        ClientRecord client = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOne();
        access.check(user, client == null ? null : client.getClinicId(), clientId);
        audit.record(user, client.getClinicId(), "client.read", "client", clientId, clientId, null);
        return toDetails(client);
    }

    @Transactional
    public long create(DyadUser staff, ClientDraft draft) {
        return create(staff, draft, null);
    }

    /**
     * Creates a client under a request key that the form keeps until a save succeeds: when a client was already
     * stored under the key (a save whose answer was lost), that client is brought up to date with the draft and its
     * id returned, so pressing Save again never creates a second client.
     */
    @Transactional
    public long create(DyadUser staff, ClientDraft draft, @Nullable UUID requestKey) {
        ClientAccess.requireStaff(staff);
        long clinicId = staff.clinicId();
        if (requestKey != null) {
            ClientRecord stored = dsl.selectFrom(CLIENT)
                    .where(CLIENT.CLINIC_ID.eq(clinicId), CLIENT.REQUEST_KEY.eq(requestKey.toString())).fetchOne();
            if (stored != null) {
                update(staff, stored.getId(), stored.getVersion(), draft);
                return stored.getId();
            }
        }
        ClientValidator.validate(draft, today(clinicId));
        LocalDateTime now = Utc.toDb(clock.instant());
        long id = dsl.insertInto(CLIENT)
                .set(CLIENT.CLINIC_ID, clinicId)
                .set(CLIENT.FIRST_NAME, draft.firstName())
                .set(CLIENT.LAST_NAME, draft.lastName())
                .set(CLIENT.EMAIL, emptyToNull(draft.email()))
                .set(CLIENT.PHONE, emptyToNull(draft.phone()))
                .set(CLIENT.REQUEST_KEY, requestKey == null ? null : requestKey.toString())
                .set(CLIENT.CREATED_AT, now).set(CLIENT.UPDATED_AT, now).set(CLIENT.LAST_ACTIVITY_AT, now)
                .returningResult(CLIENT.ID).fetchOne().value1();
        for (BabyDraft baby : draft.babies()) {
            insertBaby(clinicId, id, baby, now);
        }
        audit.record(staff, clinicId, "client.created", "client", id, id, "babies: " + draft.babies().size());
        events.publish(new PlatformEvent.ClientCreated(clinicId, id));
        return id;
    }

    /**
     * Updates the client and their babies (babies missing from the draft are removed). Fails with a clear message
     * when someone else saved the record since {@code expectedVersion}.
     */
    @Transactional
    public void update(DyadUser staff, long clientId, int expectedVersion, ClientDraft draft) {
        ClientAccess.requireStaff(staff);
        ClientRecord client = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).forUpdate().fetchOne();
        access.check(staff, client == null ? null : client.getClinicId(), clientId);
        ClientValidator.validate(draft, today(client.getClinicId()));
        if (client.getVersion() != expectedVersion) {
            throw new ValidationException("", "Someone else saved this record in the meantime. Reload it to see their changes.");
        }
        LocalDateTime now = Utc.toDb(clock.instant());
        dsl.update(CLIENT)
                .set(CLIENT.FIRST_NAME, draft.firstName())
                .set(CLIENT.LAST_NAME, draft.lastName())
                .set(CLIENT.EMAIL, emptyToNull(draft.email()))
                .set(CLIENT.PHONE, emptyToNull(draft.phone()))
                .set(CLIENT.UPDATED_AT, now)
                .set(CLIENT.VERSION, expectedVersion + 1)
                .where(CLIENT.ID.eq(clientId))
                .execute();
        Set<Long> kept = draft.babies().stream().map(BabyDraft::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        dsl.deleteFrom(BABY).where(BABY.CLIENT_ID.eq(clientId)).and(BABY.ID.notIn(kept)).execute();
        for (BabyDraft baby : draft.babies()) {
            if (baby.id() == null) {
                insertBaby(client.getClinicId(), clientId, baby, now);
            } else {
                dsl.update(BABY)
                        .set(BABY.NAME, baby.name().strip())
                        .set(BABY.DATE_OF_BIRTH, baby.dateOfBirth())
                        .set(BABY.BIRTH_WEIGHT_G, baby.birthWeightGrams())
                        .set(BABY.GESTATIONAL_AGE_WEEKS, baby.gestationalAgeWeeks())
                        .where(BABY.ID.eq(baby.id())).and(BABY.CLIENT_ID.eq(clientId))
                        .execute();
            }
        }
        audit.record(staff, client.getClinicId(), "client.updated", "client", clientId, clientId, null);
    }

    private void insertBaby(long clinicId, long clientId, BabyDraft baby, LocalDateTime now) {
        dsl.insertInto(BABY)
                .set(BABY.CLINIC_ID, clinicId)
                .set(BABY.CLIENT_ID, clientId)
                .set(BABY.NAME, baby.name().strip())
                .set(BABY.DATE_OF_BIRTH, baby.dateOfBirth())
                .set(BABY.BIRTH_WEIGHT_G, baby.birthWeightGrams())
                .set(BABY.GESTATIONAL_AGE_WEEKS, baby.gestationalAgeWeeks())
                .set(BABY.CREATED_AT, now)
                .execute();
    }

    private LocalDate today(long clinicId) {
        return LocalDate.now(clock.withZone(clinics.get(clinicId).zone()));
    }

    private Condition searchCondition(long clinicId, String text) {
        Condition condition = CLIENT.CLINIC_ID.eq(clinicId).and(CLIENT.ARCHIVED_AT.isNull());
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return condition;
        }
        List<Condition> words = new ArrayList<>();
        for (String word : trimmed.split("\\s+")) {
            String pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            words.add(CLIENT.FIRST_NAME.like(pattern, '\\')
                    .or(CLIENT.LAST_NAME.like(pattern, '\\'))
                    .or(DSL.exists(DSL.selectOne().from(BABY).where(BABY.CLIENT_ID.eq(CLIENT.ID))
                            .and(BABY.NAME.like(pattern, '\\')))));
        }
        return condition.and(DSL.and(words));
    }

    private static List<SortField<?>> order(ClientSort sort, Field<LocalDate> youngest) {
        return switch (sort) {
            case PARENT_ASC -> List.of(CLIENT.LAST_NAME.asc(), CLIENT.FIRST_NAME.asc(), CLIENT.ID.asc());
            case PARENT_DESC -> List.of(CLIENT.LAST_NAME.desc(), CLIENT.FIRST_NAME.desc(), CLIENT.ID.desc());
            case BABY_AGE_ASC -> List.of(youngest.desc().nullsLast(), CLIENT.ID.asc());
            case BABY_AGE_DESC -> List.of(youngest.asc().nullsLast(), CLIENT.ID.asc());
            case LAST_ACTIVITY_ASC -> List.of(CLIENT.LAST_ACTIVITY_AT.asc(), CLIENT.ID.asc());
            case LAST_ACTIVITY_DESC -> List.of(CLIENT.LAST_ACTIVITY_AT.desc(), CLIENT.ID.desc());
        };
    }

    private Map<Long, ? extends List<BabyRecord>> babiesOf(Set<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(BABY).where(BABY.CLIENT_ID.in(clientIds)).orderBy(BABY.DATE_OF_BIRTH, BABY.ID)
                .fetchGroups(BABY.CLIENT_ID);
    }

    private ClientDetails toDetails(ClientRecord r) {
        List<ClientDetails.Baby> babies = dsl.selectFrom(BABY).where(BABY.CLIENT_ID.eq(r.getId()))
                .orderBy(BABY.DATE_OF_BIRTH, BABY.ID)
                .fetch(b -> new ClientDetails.Baby(b.getId(), b.getName(), b.getDateOfBirth(), b.getBirthWeightG(),
                        b.getGestationalAgeWeeks()));
        return new ClientDetails(r.getId(), r.getClinicId(), r.getFirstName(), r.getLastName(), r.getEmail(),
                r.getPhone(), Utc.fromDb(r.getCreatedAt()), Utc.fromDb(r.getLastActivityAt()), r.getVersion(), babies);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
