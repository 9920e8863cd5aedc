package org.dyad.web.reliability;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Stores hostile text in the plugins' tables exactly as their services write it (each of these values is one the
 * plugin's own hostile-input suite shows its service accepts and reads back verbatim), and removes it again.
 */
final class HostileRows {

    private final DSLContext dsl;
    private final long clinicId;
    private final long clientId;
    private final long babyId;
    private final long staffId;
    private final List<Runnable> cleanUp = new ArrayList<>();

    HostileRows(DSLContext dsl, long clinicId, long clientId, long babyId, long staffId) {
        this.dsl = dsl;
        this.clinicId = clinicId;
        this.clientId = clientId;
        this.babyId = babyId;
        this.staffId = staffId;
    }

    /** A breastfeed of the last minutes with the note. */
    void sessionLogNote(String note) {
        LocalDateTime end = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        long id = insert("session_log_entry", row("clinic_id", clinicId, "client_id", clientId, "baby_id", babyId,
                "kind", "BREASTFEED", "started_at", end.minusMinutes(2), "ended_at", end.minusMinutes(1),
                "end_side", "LEFT", "note", note, "created_by", staffId, "created_at", end, "updated_at", end));
        cleanUp.add(() -> delete("session_log_entry", id));
    }

    /** A clinic pattern; its key. */
    String breathingPattern(String name, String instruction) {
        long id = insert("breathing_coach_pattern", row("clinic_id", clinicId, "name", name, "inhale_s", 4,
                "hold_in_s", 2, "exhale_s", 6, "hold_out_s", 0, "cycles", 3, "instruction", instruction,
                "created_at", now()));
        cleanUp.add(() -> delete("breathing_coach_pattern", id));
        return "clinic-" + id;
    }

    /** A published article (version 1 live) assigned to the client with the note; its id. */
    long article(String title, String summary, String body, String note) {
        Map<String, Object> content = row("clinic_id", clinicId, "title", title, "summary", summary, "body_md", body,
                "category", "FEEDING", "tags", "hostile", "language", "en", "author", "Staff", "reading_minutes", 1);
        Map<String, Object> article = new LinkedHashMap<>(content);
        article.putAll(row("status", "PUBLISHED", "live_version", 1, "created_at", now(), "updated_at", now()));
        long id = insert("education_library_article", article);
        Map<String, Object> version = new LinkedHashMap<>(content);
        version.putAll(row("article_id", id, "version_no", 1, "published_at", now(), "published_by_name", "Staff"));
        insert("education_library_version", version);
        insert("education_library_reading", row("clinic_id", clinicId, "client_id", clientId, "article_id", id,
                "assigned_at", now(), "assigned_by_name", "Staff", "note", note));
        cleanUp.add(() -> {
            dsl.execute("DELETE FROM education_library_reading WHERE article_id = ?", id);
            dsl.execute("DELETE FROM education_library_version WHERE article_id = ?", id);
            delete("education_library_article", id);
        });
        return id;
    }

    /**
     * A signed note of today with every text field set, its care plan shared with the family and an addendum; its id.
     */
    long signedNote(Map<String, String> texts, String babyName) {
        Map<String, Object> note = row("clinic_id", clinicId, "client_id", clientId, "template_key", "follow-up",
                "template_name", "Follow-up", "visit_date", LocalDate.now(), "author_user_id", staffId,
                "author_name", "Staff", "status", "SIGNED", "created_at", now(), "updated_at", now(),
                "updated_by_name", "Staff", "signed_at", now(), "plan_shared_at", now(), "version", 2);
        for (String column : List.of("concerns", "feeding_history", "parent_findings", "assessment", "plan")) {
            note.put(column, texts.get(column));
        }
        long id = insert("consultant_notes_note", note);
        insert("consultant_notes_field_value", row("clinic_id", clinicId, "client_id", clientId, "note_id", id,
                "field_key", "progress", "label", "Progress since the last visit", "position", 1,
                "value", texts.get("progress")));
        insert("consultant_notes_baby_section", row("clinic_id", clinicId, "client_id", clientId, "note_id", id,
                "baby_id", babyId, "baby_name", babyName, "weight_g", 3600, "oral_assessment", texts.get("oral"),
                "findings", texts.get("findings")));
        insert("consultant_notes_addendum", row("clinic_id", clinicId, "client_id", clientId, "note_id", id,
                "body", texts.get("addendum"), "author_user_id", staffId, "author_name", "Staff", "signed_at", now()));
        insert("consultant_notes_history", row("clinic_id", clinicId, "client_id", clientId, "note_id", id,
                "occurred_at", now(), "actor_name", "Staff", "action", "SIGNED"));
        cleanUp.add(() -> delete("consultant_notes_note", id));
        return id;
    }

    /** Removes every row stored here, newest first. */
    void removeAll() {
        for (int i = cleanUp.size() - 1; i >= 0; i--) {
            cleanUp.get(i).run();
        }
        cleanUp.clear();
    }

    private long insert(String tableName, Map<String, Object> values) {
        List<Field<Object>> columns = values.keySet().stream().map(c -> field(name(c))).toList();
        return dsl.insertInto(table(name(tableName))).columns(columns).values(values.values())
                .returningResult(field(name("id"), Long.class)).fetchOne().value1();
    }

    private void delete(String tableName, long id) {
        dsl.deleteFrom(table(name(tableName))).where(field(name("id"), Long.class).eq(id)).execute();
    }

    private static LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC).withNano(0);
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
