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
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.csv.CsvImport;
import org.dyad.plugins.sessionlog.csv.CsvText;
import org.dyad.plugins.sessionlog.csv.ImportPreview;
import org.dyad.plugins.sessionlog.csv.ImportRow;
import org.dyad.plugins.sessionlog.csv.ImportSetup;
import org.dyad.plugins.sessionlog.log.ImportJob;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.jspecify.annotations.Nullable;

/** Upload → preview with a per-row report → import all rows or none. Cancelling writes nothing. */
final class ImportDialog extends Dialog {

    private static final int POLL_MS = 250;
    private static final String PROGRESS_TEXT_ID = "session-log-import-progress";

    private final Paragraph summary = new Paragraph("Choose a Dyad session-log CSV or a Huckleberry export (up to 5 MB).");
    private final Grid<ImportRow> problems = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button importButton = new Button("Import");
    private final Button cancelButton = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> { }));
    private boolean importing;
    private int pollBefore = -1;
    private @Nullable ImportPreview preview;

    ImportDialog(SessionLogService log, long clientId, ImportSetup setup, Runnable imported) {
        setHeaderTitle("Import CSV");
        setWidth("min(720px, 100vw)");
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
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-labelledby", PROGRESS_TEXT_ID);
        progressText.setId(PROGRESS_TEXT_ID);
        progressText.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> start(log, clientId, imported));
        add(upload, summary, progress, progressText, problems);
        getFooter().add(cancelButton, importButton);
        cancelButton.addClickListener(e -> cancel());
    }

    /** Writes on a background thread; the bar shows rows written of all rows, refreshed by polling meanwhile. */
    private void start(SessionLogService log, long clientId, Runnable imported) {
        ImportJob job = log.prepareImport(clientId, preview.entries());
        UI ui = UI.getCurrent();
        running(ui, true);
        progress.setMin(0);
        progress.setMax(job.size());
        progress.setValue(0);
        progressText.setText(String.format(Locale.ROOT, "Checking %,d rows against the log…", job.size()));
        cancelled.set(false);
        Thread.ofVirtual().name("session-log-import").start(() -> {
            try {
                int count = job.write((done, total) -> {
                    if (cancelled.get()) {
                        throw new CancellationException();
                    }
                    ui.access(() -> written(done, total));
                });
                ui.access(() -> {
                    job.complete();
                    finished(ui, count + " entries imported.");
                    importButton.setEnabled(false);
                    imported.run();
                });
            } catch (CancellationException ex) {
                ui.access(() -> finished(ui, "Import cancelled. Nothing was imported."));
            } catch (ValidationException ex) {
                ui.access(() -> finished(ui, ex.getMessage() + " Nothing was imported."));
            } catch (RuntimeException ex) {
                ui.access(() -> finished(ui, "The import failed, so nothing was imported. Please try again."));
            }
        });
    }

    private void written(int done, int total) {
        progress.setValue(done);
        progressText.setText(String.format(Locale.ROOT, "%,d of %,d rows written", done, total));
    }

    private void finished(UI ui, String message) {
        running(ui, false);
        summary.setText(message);
    }

    private void running(UI ui, boolean running) {
        importing = running;
        if (running) {
            pollBefore = ui.getPollInterval();
        }
        ui.setPollInterval(running ? POLL_MS : pollBefore);
        progress.setVisible(running);
        progressText.setVisible(running);
        importButton.setEnabled(!running && preview != null && preview.canImport());
        upload.setVisible(!running);
        setCloseOnEsc(!running);
        setCloseOnOutsideClick(!running);
        cancelButton.setText(running ? "Stop import" : "Cancel");
    }

    /** While writing, stops the import (its transaction is rolled back); otherwise closes the dialog. */
    private void cancel() {
        if (importing) {
            cancelled.set(true);
            progressText.setText("Stopping… nothing will be imported.");
        } else {
            close();
        }
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
