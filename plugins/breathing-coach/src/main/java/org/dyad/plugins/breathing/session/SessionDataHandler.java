package org.dyad.plugins.breathing.session;

import static org.dyad.plugins.breathing.session.SessionTable.*;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.jooq.Record;
import org.pf4j.Extension;

/** Export and erasure of a client's breathing sessions (the only client data the coach holds). */
@Extension
public final class SessionDataHandler implements ClientDataHandler {

    private static final String HEADER = "id,pattern,cycles_planned,cycles_completed,partial,tension_before,"
            + "tension_after,started_at_utc,ended_at_utc,pump_entry_id";

    private final PluginContext context;

    public SessionDataHandler(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<String> tables() {
        return List.of(SessionTable.NAME);
    }

    @Override
    public void export(ClientRef client, ExportSink sink) {
        context.currentUser().requireClient(client.clientId());
        String rows = context.data().dsl().select(ALL).from(SESSION)
                .where(CLINIC_ID.eq(context.data().clinicId()).and(CLIENT_ID.eq(client.clientId())))
                .orderBy(STARTED_AT, ID)
                .fetch(SessionDataHandler::csv).stream().collect(Collectors.joining("\n"));
        sink.file("breathing-coach-sessions.csv", rows.isEmpty() ? HEADER + "\n" : HEADER + "\n" + rows + "\n");
    }

    @Override
    public void erase(ClientRef client) {
        context.currentUser().requireClient(client.clientId());
        context.data().dsl().deleteFrom(SESSION)
                .where(CLINIC_ID.eq(context.data().clinicId()).and(CLIENT_ID.eq(client.clientId()))).execute();
    }

    private static String csv(Record row) {
        return String.join(",", String.valueOf(row.get(ID)), quoted(row.get(PATTERN_NAME)),
                String.valueOf(row.get(CYCLES_PLANNED)), String.valueOf(row.get(CYCLES_COMPLETED)),
                String.valueOf(row.get(PARTIAL)), blank(row.get(TENSION_BEFORE)), blank(row.get(TENSION_AFTER)),
                row.get(STARTED_AT).toString(), row.get(ENDED_AT).toString(), blank(row.get(PUMP_ENTRY_ID)));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String blank(Object value) {
        return value == null ? "" : value.toString();
    }
}
