package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.csv.CsvImport;
import org.dyad.plugins.sessionlog.csv.CsvText;
import org.dyad.plugins.sessionlog.csv.ImportPreview;
import org.dyad.plugins.sessionlog.csv.ImportRow;
import org.dyad.plugins.sessionlog.csv.ImportSetup;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.jspecify.annotations.Nullable;

/** Upload → preview with a per-row report → import all rows or none. Cancelling writes nothing. */
final class ImportDialog extends Dialog {

    private final Paragraph summary = new Paragraph("Choose a Dyad session-log CSV or a Huckleberry export (up to 5 MB).");
    private final Grid<ImportRow> problems = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Button importButton = new Button("Import");
    private @Nullable ImportPreview preview;

    ImportDialog(SessionLogService log, long clientId, ImportSetup setup, Runnable imported) {
        setHeaderTitle("Import CSV");
        setWidth("min(720px, 100vw)");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> { }));
        upload.setUploadHandler(event -> {
            UI ui = event.getUI();
            try {
                ImportPreview read = CsvImport.preview(event.getInputStream(), event.getFileSize(), setup);
                ui.access(() -> show(read));
            } catch (ValidationException e) {
                ui.access(() -> fail(e.getMessage()));
            }
        });
        upload.setMaxFileSize(CsvText.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(e -> fail(e.getErrorMessage()
                + " Files up to 5 MB can be imported. Split it into smaller files."));
        problems.addColumn(ImportRow::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(ImportRow::problem).setHeader("Problem");
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> {
            progress.setVisible(true);
            try {
                int count = log.importAll(clientId, preview.entries());
                imported.run();
                summary.setText(count + " entries imported.");
                importButton.setEnabled(false);
            } catch (ValidationException ex) {
                fail(ex.getMessage() + " Nothing was imported.");
            } finally {
                progress.setVisible(false);
            }
        });
        add(upload, summary, progress, problems);
        getFooter().add(new Button("Cancel", e -> close()), importButton);
    }

    private void show(ImportPreview read) {
        preview = read;
        summary.setText(read.format() + ": " + read.entries().size() + " entries ready, " + read.errors().size()
                + " rows with errors, " + read.skipped().size() + " skipped."
                + (read.canImport() ? "" : " Fix the rows below and upload again; nothing is imported while any row has an error."));
        problems.setItems(read.rows().stream().filter(r -> r.problem() != null).toList());
        problems.setVisible(read.rows().stream().anyMatch(r -> r.problem() != null));
        importButton.setEnabled(read.canImport());
    }

    private void fail(String message) {
        preview = null;
        summary.setText(message);
        problems.setVisible(false);
        importButton.setEnabled(false);
    }
}
