package org.dyad.plugins.education;

import java.util.List;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientDataHandler;
import org.pf4j.Extension;

/** Exports and erases what a client was assigned and read. Articles themselves are the clinic's, not client data. */
@Extension
public final class EducationClientData implements ClientDataHandler {

    private static final String HEADER = "article_id,title,assigned_at,assigned_by,note,opened_at,finished_at";

    private final PluginContext context;

    public EducationClientData(PluginContext context) {
        this.context = context;
    }

    @Override
    public List<String> tables() {
        return List.of("education_library_reading");
    }

    @Override
    public void export(ClientRef client, ExportSink sink) {
        List<Reading> rows = new ReadingStore(context.data()).forClient(client.clientId());
        sink.file("education-library/readings.csv", HEADER + "\n"
                + rows.stream().map(EducationClientData::csv).collect(Collectors.joining("\n")));
    }

    @Override
    public void erase(ClientRef client) {
        new ReadingStore(context.data()).erase(client.clientId());
    }

    private static String csv(Reading r) {
        return String.join(",", Long.toString(r.article().articleId()), Csv.cell(r.article().title()),
                Csv.cell(r.assignedAt()), Csv.cell(r.assignedBy()), Csv.cell(r.note()), Csv.cell(r.openedAt()),
                Csv.cell(r.finishedAt()));
    }
}
