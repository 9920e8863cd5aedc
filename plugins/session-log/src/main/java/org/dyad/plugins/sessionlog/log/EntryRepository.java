package org.dyad.plugins.sessionlog.log;

import static org.dyad.plugins.sessionlog.log.EntryTable.*;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/** Storage of entries; every statement is filtered by (or sets) the clinic. */
final class EntryRepository {

    private static final int INSERT_CHUNK = 2000;

    private final long clinicId;

    EntryRepository(long clinicId) {
        this.clinicId = clinicId;
    }

    /** Inserts one entry under the form's request key (null: no key, e.g. a stopped timer without one). */
    long insert(DSLContext dsl, long clientId, Entry entry, @Nullable UUID requestKey, long userId, Instant now) {
        var columns = EntryMapper.columns(entry);
        columns.put(REQUEST_KEY, requestKey == null ? null : requestKey.toString());
        columns.put(CLINIC_ID, clinicId);
        columns.put(CLIENT_ID, clientId);
        columns.put(CREATED_BY, userId);
        columns.put(CREATED_AT, Utc.toDb(now));
        columns.put(UPDATED_AT, Utc.toDb(now));
        return dsl.insertInto(ENTRY).set(columns).returningResult(ID).fetchOne(ID);
    }

    /**
     * Inserts many entries as JDBC batches of one prepared statement (the MariaDB driver sends each batch as one bulk
     * command), telling {@code written} the running count after each batch.
     */
    void insertAll(DSLContext dsl, long clientId, List<? extends Entry> entries, long userId, Instant now,
                   IntConsumer written) {
        List<Field<?>> kindColumns = new ArrayList<>(EntryMapper.columns(entries.getFirst()).keySet());
        List<Field<?>> fields = new ArrayList<>(kindColumns);
        fields.addAll(List.of(CLINIC_ID, CLIENT_ID, CREATED_BY, CREATED_AT, UPDATED_AT));
        Object[] placeholders = new Object[fields.size()];
        for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
            List<? extends Entry> chunk = entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK));
            BatchBindStep batch = dsl.batch(dsl.insertInto(ENTRY, fields).values(Arrays.asList(placeholders)));
            for (Entry entry : chunk) {
                var columns = EntryMapper.columns(entry);
                Object[] values = new Object[fields.size()];
                for (int i = 0; i < kindColumns.size(); i++) {
                    values[i] = columns.get(kindColumns.get(i));
                }
                Object[] common = {clinicId, clientId, userId, Utc.toDb(now), Utc.toDb(now)};
                System.arraycopy(common, 0, values, kindColumns.size(), common.length);
                batch = batch.bind(values);
            }
            batch.execute();
            written.accept(from + chunk.size());
        }
    }

    boolean update(DSLContext dsl, long clientId, long id, Entry entry, Instant now) {
        var columns = EntryMapper.columns(entry);
        columns.put(UPDATED_AT, Utc.toDb(now));
        return dsl.update(ENTRY).set(columns).where(mine(clientId), ID.eq(id), DELETED_AT.isNull()).execute() == 1;
    }

    boolean markDeleted(DSLContext dsl, long clientId, long id, Instant now) {
        return dsl.update(ENTRY).set(DELETED_AT, Utc.toDb(now))
                .where(mine(clientId), ID.eq(id), DELETED_AT.isNull()).execute() == 1;
    }

    /** Whether the client's entry is deleted; empty when the client has no such entry. */
    Optional<Boolean> deleted(DSLContext dsl, long clientId, long id) {
        return dsl.select(DELETED_AT).from(ENTRY).where(mine(clientId), ID.eq(id)).fetchOptional(r -> r.value1() != null);
    }

    boolean restore(DSLContext dsl, long clientId, long id) {
        return dsl.update(ENTRY).setNull(DELETED_AT).where(mine(clientId), ID.eq(id), DELETED_AT.isNotNull())
                .execute() == 1;
    }

    /** The row a save with this request key stored, deleted or not. */
    Optional<Keyed> byKey(DSLContext dsl, long clientId, UUID requestKey) {
        List<Field<?>> fields = new ArrayList<>(ALL);
        fields.add(DELETED_AT);
        return dsl.select(fields).from(ENTRY).where(mine(clientId), REQUEST_KEY.eq(requestKey.toString()))
                .fetchOptional().map(r -> new Keyed(EntryMapper.toLogged(r), r.get(DELETED_AT) != null));
    }

    /** A row found by its request key; {@code deleted} when it was deleted since. */
    record Keyed(LoggedEntry stored, boolean deleted) {
    }

    Optional<LoggedEntry> find(DSLContext dsl, long clientId, long id) {
        return dsl.select(ALL).from(ENTRY).where(mine(clientId), ID.eq(id), DELETED_AT.isNull())
                .fetchOptional().map(EntryMapper::toLogged);
    }

    List<LoggedEntry> list(DSLContext dsl, long clientId, EntryQuery query) {
        Condition baby = query.babyId() == null ? org.jooq.impl.DSL.noCondition() : BABY_ID.eq(query.babyId());
        return dsl.select(ALL).from(ENTRY)
                .where(mine(clientId), baby, DELETED_AT.isNull(),
                        STARTED_AT.ge(Utc.toDb(query.from())), STARTED_AT.lt(Utc.toDb(query.to())),
                        KIND.in(query.kinds().stream().map(Kind::name).toList()))
                .orderBy(STARTED_AT.desc(), ID.desc())
                .fetch(EntryMapper::toLogged);
    }

    /** Breastfeeds of the babies that start before {@code to} and end after {@code from}, except one entry. */
    List<Breastfeed> breastfeeds(DSLContext dsl, Collection<Long> babyIds, Instant from, Instant to, long exceptId) {
        return dsl.select(ALL).from(ENTRY)
                .where(CLINIC_ID.eq(clinicId), BABY_ID.in(babyIds), KIND.eq(Kind.BREASTFEED.name()),
                        DELETED_AT.isNull(), ID.ne(exceptId),
                        STARTED_AT.lt(Utc.toDb(to)), ENDED_AT.gt(Utc.toDb(from)))
                .fetch(r -> (Breastfeed) EntryMapper.toEntry(r));
    }

    /** The client a baby belongs to, if the baby is in this clinic. */
    Optional<Long> clientOfBaby(DSLContext dsl, long babyId) {
        var baby = table(name("baby"));
        var id = field(name("baby", "id"), SQLDataType.BIGINT);
        var clinic = field(name("baby", "clinic_id"), SQLDataType.BIGINT);
        var client = field(name("baby", "client_id"), SQLDataType.BIGINT);
        return dsl.select(client).from(baby).where(id.eq(babyId), clinic.eq(clinicId)).fetchOptional(client);
    }

    /** Deletes every row of the client for good (erasure), including soft-deleted ones. */
    int erase(DSLContext dsl, long clientId) {
        return dsl.deleteFrom(ENTRY).where(mine(clientId)).execute();
    }

    /** Every row of the client, oldest first, for an export. */
    List<LoggedEntry> all(DSLContext dsl, long clientId) {
        return dsl.select(ALL).from(ENTRY).where(mine(clientId), DELETED_AT.isNull())
                .orderBy(STARTED_AT, ID).fetch(EntryMapper::toLogged);
    }

    private Condition mine(long clientId) {
        return CLINIC_ID.eq(clinicId).and(CLIENT_ID.eq(clientId));
    }
}
