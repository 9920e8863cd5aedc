package org.dyad.web.reliability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;

/** Puts a row of a client into each client table of the shipped plugins, as their services would have written it. */
final class PluginRows {

    private PluginRows() {
    }

    static void seed(DSLContext dsl, long clinicId, long clientId, long babyId, long staffId) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        dsl.execute("INSERT INTO session_log_entry (clinic_id, client_id, baby_id, kind, wet, started_at, created_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'DIAPER', TRUE, ?, ?, ?, ?)", clinicId, clientId, babyId, now, staffId, now, now);
        dsl.execute("INSERT INTO session_log_timer (baby_id, clinic_id, client_id, started_at, side, side_started_at)"
                + " VALUES (?, ?, ?, ?, 'LEFT', ?)", babyId, clinicId, clientId, now, now);
        dsl.execute("INSERT INTO breathing_coach_session (clinic_id, client_id, pattern_key, pattern_name, inhale_s, hold_in_s,"
                + " exhale_s, hold_out_s, cycles_planned, cycles_completed, partial, started_at, ended_at, recorded_by)"
                + " VALUES (?, ?, 'calm', 'Calm', 4, 0, 6, 0, 5, 5, FALSE, ?, ?, ?)", clinicId, clientId, now, now, staffId);
        dsl.execute("INSERT INTO example_plugin_note (clinic_id, client_id, text, created_at) VALUES (?, ?, 'note', ?)",
                clinicId, clientId, now);
        long note = dsl.insertInto(org.jooq.impl.DSL.table("consultant_notes_note"))
                .columns(List.of(f("clinic_id"), f("client_id"), f("template_key"), f("template_name"), f("visit_date"),
                        f("author_user_id"), f("author_name"), f("status"), f("concerns"), f("feeding_history"),
                        f("parent_findings"), f("assessment"), f("plan"), f("created_at"), f("updated_at"), f("updated_by_name")))
                .values(clinicId, clientId, "initial", "Initial", LocalDate.now(), staffId, "Staff", "SIGNED", "c", "f", "p", "a",
                        "plan", now, now, "Staff")
                .returningResult(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().value1();
        dsl.execute("INSERT INTO consultant_notes_baby_section (clinic_id, client_id, note_id, baby_id, baby_name,"
                + " oral_assessment, findings) VALUES (?, ?, ?, ?, 'Baby', '', '')", clinicId, clientId, note, babyId);
        dsl.execute("INSERT INTO consultant_notes_field_value (clinic_id, client_id, note_id, field_key, label, position, value)"
                + " VALUES (?, ?, ?, 'k', 'K', 1, 'v')", clinicId, clientId, note);
        dsl.execute("INSERT INTO consultant_notes_addendum (clinic_id, client_id, note_id, body, author_user_id, author_name,"
                + " signed_at) VALUES (?, ?, ?, 'more', ?, 'Staff', ?)", clinicId, clientId, note, staffId, now);
        dsl.execute("INSERT INTO consultant_notes_history (clinic_id, client_id, note_id, occurred_at, actor_name, action)"
                + " VALUES (?, ?, ?, ?, 'Staff', 'SIGNED')", clinicId, clientId, note, now);
        Long article = dsl.fetchOptional("SELECT id FROM education_library_article WHERE clinic_id = ? LIMIT 1", clinicId)
                .map(r -> r.get(0, Long.class)).orElse(null);
        if (article != null) {
            dsl.execute("INSERT INTO education_library_reading (clinic_id, client_id, article_id, assigned_at) VALUES (?, ?, ?, ?)",
                    clinicId, clientId, article, now);
        }
    }

    private static org.jooq.Field<Object> f(String name) {
        return org.jooq.impl.DSL.field(org.jooq.impl.DSL.name(name));
    }
}
