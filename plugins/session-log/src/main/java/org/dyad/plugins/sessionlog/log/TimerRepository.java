package org.dyad.plugins.sessionlog.log;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;

/** Storage of running timers ({@code session_log_timer}), one per baby. */
final class TimerRepository {

    static final Table<Record> TIMER = table(name("session_log_timer"));
    private static final Field<Long> BABY_ID = field(name("baby_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLINIC_ID = field(name("clinic_id"), SQLDataType.BIGINT);
    private static final Field<Long> CLIENT_ID = field(name("client_id"), SQLDataType.BIGINT);
    private static final Field<LocalDateTime> STARTED_AT = field(name("started_at"), SQLDataType.LOCALDATETIME(6));
    private static final Field<String> SIDE = field(name("side"), SQLDataType.VARCHAR(5));
    private static final Field<LocalDateTime> SIDE_STARTED_AT = field(name("side_started_at"),
            SQLDataType.LOCALDATETIME(6));
    private static final Field<Integer> LEFT_SECONDS = field(name("left_seconds"), SQLDataType.INTEGER);
    private static final Field<Integer> RIGHT_SECONDS = field(name("right_seconds"), SQLDataType.INTEGER);
    private static final Field<Long> STARTED_BY = field(name("started_by"), SQLDataType.BIGINT);
    private static final Field<String> START_KEY = field(name("start_key"), SQLDataType.CHAR(36));

    private static final List<Field<?>> COLUMNS = List.of(BABY_ID, CLIENT_ID, STARTED_AT, SIDE, SIDE_STARTED_AT,
            LEFT_SECONDS, RIGHT_SECONDS);

    private final long clinicId;

    TimerRepository(long clinicId) {
        this.clinicId = clinicId;
    }

    /** Inserts the timer under the start's request key (may be null); false when the baby already has one. */
    boolean insert(DSLContext dsl, RunningTimer timer, long userId, @Nullable UUID startKey) {
        return dsl.insertInto(TIMER)
                .set(BABY_ID, timer.babyId()).set(CLINIC_ID, clinicId).set(CLIENT_ID, timer.clientId())
                .set(STARTED_AT, Utc.toDb(timer.startedAt())).set(SIDE, timer.side().name())
                .set(SIDE_STARTED_AT, Utc.toDb(timer.sideStartedAt()))
                .set(LEFT_SECONDS, timer.leftSeconds()).set(RIGHT_SECONDS, timer.rightSeconds())
                .set(STARTED_BY, userId).set(START_KEY, startKey == null ? null : startKey.toString())
                .onDuplicateKeyIgnore().execute() == 1;
    }

    void update(DSLContext dsl, RunningTimer timer) {
        dsl.update(TIMER).set(SIDE, timer.side().name()).set(SIDE_STARTED_AT, Utc.toDb(timer.sideStartedAt()))
                .set(LEFT_SECONDS, timer.leftSeconds()).set(RIGHT_SECONDS, timer.rightSeconds())
                .where(CLINIC_ID.eq(clinicId), CLIENT_ID.eq(timer.clientId()), BABY_ID.eq(timer.babyId()))
                .execute();
    }

    /** The baby's timer, locked for update when inside a transaction. */
    Optional<RunningTimer> lock(DSLContext dsl, long clientId, long babyId) {
        return dsl.select(COLUMNS).from(TIMER)
               .where(CLINIC_ID.eq(clinicId), CLIENT_ID.eq(clientId), BABY_ID.eq(babyId))
                .forUpdate().fetchOptional(TimerRepository::toTimer);
    }

    /** Whether the baby's running timer was started with this request key. */
    boolean startedWith(DSLContext dsl, long clientId, long babyId, UUID startKey) {
        return dsl.fetchExists(TIMER, CLINIC_ID.eq(clinicId), CLIENT_ID.eq(clientId), BABY_ID.eq(babyId),
                START_KEY.eq(startKey.toString()));
    }

    List<RunningTimer> ofClient(DSLContext dsl, long clientId) {
        return dsl.select(COLUMNS).from(TIMER)
               .where(CLINIC_ID.eq(clinicId), CLIENT_ID.eq(clientId))
                .fetch(TimerRepository::toTimer);
    }

    boolean delete(DSLContext dsl, long clientId, long babyId) {
        return dsl.deleteFrom(TIMER).where(CLINIC_ID.eq(clinicId), CLIENT_ID.eq(clientId), BABY_ID.eq(babyId))
                .execute() == 1;
    }

    int erase(DSLContext dsl, long clientId) {
        return dsl.deleteFrom(TIMER).where(CLINIC_ID.eq(clinicId), CLIENT_ID.eq(clientId)).execute();
    }

    private static RunningTimer toTimer(Record r) {
        return new RunningTimer(r.get(BABY_ID), r.get(CLIENT_ID), Utc.fromDb(r.get(STARTED_AT)),
                Side.valueOf(r.get(SIDE)), Utc.fromDb(r.get(SIDE_STARTED_AT)), r.get(LEFT_SECONDS),
                r.get(RIGHT_SECONDS));
    }
}
