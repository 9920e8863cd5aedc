package org.dyad.web.rights;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.rights.ClientExport;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Notifications;

/** Second step of an export: the admin confirms, the ZIP is built (and audited), then offered as a download link. */
class ExportDialog extends Dialog {

    ExportDialog(ClientDataRights rights, DyadUser admin, long clientId, String clientName) {
        setHeaderTitle("Export all data of " + clientName);
        Paragraph what = new Paragraph("The export holds the client's record, babies, portal account, invitations, "
                + "the audit trail of the record and every enabled module's data, as JSON and CSV files in one ZIP. "
                + "Preparing it is recorded in the audit log.");
        add(what);
        Button prepare = new Button("Prepare export", e -> {
            try {
                ClientExport export = rights.export(admin, clientId);
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip", export.zip().length)),
                        "Download " + export.fileName() + " (" + export.files().size() + " files)");
                link.getElement().setAttribute("download", true);
                link.addClassName("dyad-export-link");
                add(link);
                e.getSource().setEnabled(false);
            } catch (RuntimeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        prepare.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", e -> close()), prepare);
    }
}
