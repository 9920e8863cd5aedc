package org.dyad.plugins.sessionlog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.dyad.plugins.sessionlog.csv.DyadCsv;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.pf4j.Extension;

/** Exports a client's log in the module's CSV format and erases it (entries and a running timer). */
@Extension
public class SessionLogDataHandler implements ClientDataHandler {

    private final PluginContext context;

    public SessionLogDataHandler(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<String> tables() {
        return List.of("session_log_entry", "session_log_timer");
    }

    @Override
    public void export(ClientRef client, ExportSink sink) {
        var entries = new SessionLogService(context).all(client.clientId());
        Map<Long, String> names = client.babies().stream()
                .collect(Collectors.toMap(ClientRef.BabyRef::babyId, ClientRef.BabyRef::name));
        sink.file("session-log/entries.csv", DyadCsv.write(entries, names, context.data().clinicZone()));
    }

    @Override
    public void erase(ClientRef client) {
        new SessionLogService(context).erase(client.clientId());
    }
}
