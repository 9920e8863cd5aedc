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
        setHeaderTitle(getTranslation("rights.export.title", clientName));
        Paragraph what = new Paragraph(getTranslation("rights.export.text"));
        add(what);
        Button prepare = new Button(getTranslation("rights.export.prepare"), e -> {
            try {
                ClientExport export = rights.export(admin, clientId);
                Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(export.zip()), export.fileName(), "application/zip", export.zip().length)),
                        getTranslation("rights.export.download", export.fileName(), export.files().size()));
                link.getElement().setAttribute("download", true);
                link.addClassName("dyad-export-link");
                add(link);
                e.getSource().setEnabled(false);
            } catch (RuntimeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        prepare.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), prepare);
    }
}
