package org.dyad.core.rights;

import static org.dyad.db.jooq.Tables.APP_USER;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;
import static org.dyad.db.jooq.Tables.PORTAL_INVITATION;

import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.jooq.JSONFormat;
import org.jooq.Result;

/**
 * The core's part of an export, each as JSON and CSV: the client, their babies, their portal account (without the
 * password hash), their invitations (without the token hash) and the audit trail of their record.
 */
final class CoreExport {

    private static final JSONFormat JSON = new JSONFormat().header(false).recordFormat(JSONFormat.RecordFormat.OBJECT)
            .format(true);

    private CoreExport() {
    }

    static void write(DSLContext dsl, long clientId, BiConsumer<String, String> sink) {
        both(sink, "core/client", dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetch());
        both(sink, "core/babies", dsl.selectFrom(BABY).where(BABY.CLIENT_ID.eq(clientId)).orderBy(BABY.ID).fetch());
        both(sink, "core/portal-account", dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        APP_USER.ACTIVE, APP_USER.LAST_LOGIN_AT, APP_USER.CREATED_AT)
                .from(APP_USER).where(APP_USER.CLIENT_ID.eq(clientId)).fetch());
        both(sink, "core/invitations", dsl.select(PORTAL_INVITATION.ID, PORTAL_INVITATION.CREATED_AT,
                        PORTAL_INVITATION.EXPIRES_AT, PORTAL_INVITATION.USED_AT)
                .from(PORTAL_INVITATION).where(PORTAL_INVITATION.CLIENT_ID.eq(clientId)).orderBy(PORTAL_INVITATION.ID).fetch());
        both(sink, "core/audit-trail", dsl.select(AUDIT_EVENT.OCCURRED_AT, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ACTION,
                        AUDIT_EVENT.SUBJECT_TYPE, AUDIT_EVENT.SUBJECT_ID)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.CLIENT_ID.eq(clientId)).orderBy(AUDIT_EVENT.ID).fetch());
    }

    private static void both(BiConsumer<String, String> sink, String name, Result<?> rows) {
        sink.accept(name + ".json", rows.formatJSON(JSON));
        sink.accept(name + ".csv", rows.formatCSV());
    }
}
