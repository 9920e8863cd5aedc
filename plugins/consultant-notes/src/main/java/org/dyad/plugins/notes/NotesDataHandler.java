package org.dyad.plugins.notes;

import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.pf4j.Extension;

/** Exports and erases one client's notes, sections, field values, addenda and history. */
@Extension
public final class NotesDataHandler implements ClientDataHandler {

    private final PluginContext context;

    public NotesDataHandler(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<String> tables() {
        return Tables.CLIENT_DATA;
    }

    @Override
    public void export(ClientRef client, ExportSink sink) {
        ClientDataRows rows = new ClientDataRows(context.data());
        for (String table : Tables.CLIENT_DATA) {
            sink.file(table + ".csv", rows.csv(table, client.clientId()));
        }
    }

    @Override
    public void erase(ClientRef client) {
        ClientDataRows rows = new ClientDataRows(context.data());
        rows.erase(client.clientId());
    }
}
