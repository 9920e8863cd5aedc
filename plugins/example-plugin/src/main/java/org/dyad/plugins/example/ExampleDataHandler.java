package org.dyad.plugins.example;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.pf4j.Extension;

/** Exports a client's notes as CSV and erases them. Only the current clinic's rows are ever touched. */
@Extension
public class ExampleDataHandler implements ClientDataHandler {

    private final PluginContext context;

    public ExampleDataHandler(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<String> tables() {
        return List.of("example_plugin_note");
    }

    @Override
    public void export(ClientRef client, ExportSink sink) {
        String rows = new NoteStore(context).list(client.clientId()).stream()
                .map(n -> n.id() + "," + n.createdAt() + ",\"" + n.text().replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining("\n"));
        sink.file("example-plugin/notes.csv", "id,created_at,text\n" + rows);
    }

    @Override
    public void erase(ClientRef client) {
        new NoteStore(context).erase(client.clientId());
    }
}
