package org.dyad.core.clinic;

import static org.dyad.db.jooq.Tables.CLINIC;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dyad.core.db.Utc;
import org.dyad.db.jooq.tables.records.ClinicRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/** Clinics. */
@Service
public class ClinicService {

    private final DSLContext dsl;
    private final Clock clock;

    public ClinicService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public long create(String name, ZoneId zone, String locale) {
        return dsl.insertInto(CLINIC)
                .set(CLINIC.NAME, name)
                .set(CLINIC.TIME_ZONE, zone.getId())
                .set(CLINIC.LOCALE, locale)
                .set(CLINIC.CREATED_AT, Utc.toDb(clock.instant()))
                .returningResult(CLINIC.ID).fetchOne().value1();
    }

    public Optional<Clinic> find(long id) {
        return dsl.selectFrom(CLINIC).where(CLINIC.ID.eq(id)).fetchOptional(ClinicService::toClinic);
    }

    public Clinic get(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No clinic " + id));
    }

    public List<Clinic> all() {
        return dsl.selectFrom(CLINIC).orderBy(CLINIC.NAME).fetch(ClinicService::toClinic);
    }

    private static Clinic toClinic(ClinicRecord r) {
        return new Clinic(r.getId(), r.getName(), ZoneId.of(r.getTimeZone()), r.getLocale());
    }
}
