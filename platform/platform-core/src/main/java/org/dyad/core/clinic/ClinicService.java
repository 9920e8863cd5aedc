package org.dyad.core.clinic;

import static org.dyad.db.jooq.Tables.CLINIC;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.core.db.Utc;
import org.dyad.db.jooq.tables.records.ClinicRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * Clinics. A clinic's name, zone and locale do not change once created, so found clinics are kept in memory: every
 * plugin message and clinic-time figure asks for them, and they must keep answering while the database is briefly
 * away (the "not saved, please try again" message itself is looked up this way).
 */
@Service
public class ClinicService {

    private final DSLContext dsl;
    private final Clock clock;
    private final Map<Long, Clinic> found = new ConcurrentHashMap<>();

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
        Clinic known = found.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Clinic> clinic = dsl.selectFrom(CLINIC).where(CLINIC.ID.eq(id)).fetchOptional(ClinicService::toClinic);
        clinic.ifPresent(c -> found.put(id, c));
        return clinic;
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
