package org.dyad.web.rights;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.dyad.api.Role;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.security.DyadUser;

/**
 * The two data-rights buttons on the staff client record, shown to clinic admins only: "Export all data" and
 * "Erase client…". Each opens a dialog that is the second step; erasure also asks the admin to type the client's name.
 */
public class ClientRightsActions extends HorizontalLayout {

    /**
     * @param afterErase run after a successful erasure (typically: navigate away from the record that no longer exists)
     */
    public ClientRightsActions(ClientDataRights rights, DyadUser admin, long clientId, String clientName,
                               Runnable afterErase) {
        addClassName("dyad-rights-actions");
        setVisible(admin.role() == Role.CLINIC_ADMIN);
        Button export = new Button(getTranslation("rights.export"), VaadinIcon.DOWNLOAD.create(),
                e -> new ExportDialog(rights, admin, clientId, clientName).open());
        export.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button erase = new Button(getTranslation("rights.erase"), VaadinIcon.TRASH.create(),
                e -> new EraseDialog(rights, admin, clientId, clientName, afterErase).open());
        erase.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(export, erase);
    }
}
