package org.dyad.plugins.example;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PluginContext;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The notes, always scoped to the current user's clinic; every read and write checks the permission and the client
 * and is audited.
 */
public class NoteStore {

    static final Table<Record> NOTE = DSL.table(DSL.name("example_plugin_note"));
    static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    static final Field<Long> CLINIC_ID = DSL.field(DSL.name("clinic_id"), Long.class);
    static final Field<Long> CLIENT_ID = DSL.field(DSL.name("client_id"), Long.class);
    static final Field<String> TEXT = DSL.field(DSL.name("text"), String.class);
    static final Field<LocalDateTime> CREATED_AT = DSL.field(DSL.name("created_at"), LocalDateTime.class);

    private final PluginContext context;

    public NoteStore(PluginContext context) {
        this.context = context;
    }

    public long add(long clientId, String text) {
        context.currentUser().require(ExampleModule.WRITE);
        context.currentUser().requireClient(clientId);
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 500) {
            throw new ValidationException("text", "Write a note of 1 to 500 characters.");
        }
        long id = context.data().dsl().insertInto(NOTE)
                .set(CLINIC_ID, context.data().clinicId())
                .set(CLIENT_ID, clientId)
                .set(TEXT, trimmed)
                .set(CREATED_AT, LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC))
                .returningResult(ID).fetchOne().value1();
        context.audit().record("example-plugin.note.created", "note", id, clientId, null);
        return id;
    }

    /** The client's notes, newest first: staff with the write permission ("read and write example notes"). */
    public List<Note> list(long clientId) {
        context.currentUser().require(ExampleModule.WRITE);
        context.currentUser().requireClient(clientId);
        context.audit().record("example-plugin.note.read", "note", null, clientId, null);
        return context.data().dsl().select(ID, CLIENT_ID, TEXT, CREATED_AT).from(NOTE)
                .where(CLINIC_ID.eq(context.data().clinicId()), CLIENT_ID.eq(clientId))
                .orderBy(CREATED_AT.desc(), ID.desc())
                .fetch(r -> new Note(r.value1(), r.value2(), r.value3(), r.value4().toInstant(ZoneOffset.UTC)));
    }

    /** How many notes the client has (the portal card): a number, no content. */
    public int count(long clientId) {
        if (!context.currentUser().has(ExampleModule.PORTAL)) {
            context.currentUser().require(ExampleModule.WRITE);
        }
        context.currentUser().requireClient(clientId);
        return context.data().dsl().fetchCount(NOTE, CLINIC_ID.eq(context.data().clinicId()), CLIENT_ID.eq(clientId));
    }

    /** The client's right to erasure, for the clinic admin (as the host's data rights require); audited. */
    int erase(long clientId) {
        if (context.currentUser().role() != Role.CLINIC_ADMIN) {
            throw new AccessDeniedException("Only a clinic admin can erase a client's notes.");
        }
        context.currentUser().requireClient(clientId);
        int erased = context.data().dsl().deleteFrom(NOTE)
                .where(CLINIC_ID.eq(context.data().clinicId()), CLIENT_ID.eq(clientId)).execute();
        context.audit().record("example-plugin.note.erased", "note", null, clientId, erased + " notes");
        return erased;
    }
}
