package org.dyad.core.module;

import static org.dyad.db.jooq.Tables.MODULE_SETTING;

import java.time.Clock;
import java.util.Optional;
import org.dyad.core.audit.AuditService;
import org.dyad.core.db.Utc;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stored per-clinic setting values (table module_setting). */
@Component
class ModuleSettings {

    private final DSLContext dsl;
    private final AuditService audit;
    private final Clock clock;

    ModuleSettings(DSLContext dsl, AuditService audit, Clock clock) {
        this.dsl = dsl;
        this.audit = audit;
        this.clock = clock;
    }

    Optional<String> find(long clinicId, String moduleId, String key) {
        return dsl.select(MODULE_SETTING.SETTING_VALUE).from(MODULE_SETTING)
                .where(MODULE_SETTING.CLINIC_ID.eq(clinicId), MODULE_SETTING.MODULE_ID.eq(moduleId),
                        MODULE_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(MODULE_SETTING.SETTING_VALUE);
    }

    @Transactional
    void save(DyadUser admin, String moduleId, String key, String value) {
        write(admin, admin.clinicId(), moduleId, key, value);
        audit.record(admin, admin.clinicId(), "module.setting-changed", "module", null, null, moduleId + "." + key);
    }

    /** Stores one value without auditing; callers audit and run it inside their transaction. */
    void write(DyadUser admin, long clinicId, String moduleId, String key, String value) {
        var now = Utc.toDb(clock.instant());
        dsl.insertInto(MODULE_SETTING)
                .set(MODULE_SETTING.CLINIC_ID, clinicId)
                .set(MODULE_SETTING.MODULE_ID, moduleId)
                .set(MODULE_SETTING.SETTING_KEY, key)
                .set(MODULE_SETTING.SETTING_VALUE, value)
                .set(MODULE_SETTING.CHANGED_BY, admin.id())
                .set(MODULE_SETTING.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(MODULE_SETTING.SETTING_VALUE, value)
                .set(MODULE_SETTING.CHANGED_BY, admin.id())
                .set(MODULE_SETTING.CHANGED_AT, now)
                .execute();
    }
}
