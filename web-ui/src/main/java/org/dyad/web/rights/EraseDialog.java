package org.dyad.web.rights;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.dyad.api.ValidationException;
import org.dyad.core.rights.ClientDataRights;
import org.dyad.core.rights.Erasure;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Notifications;

/** Second step of an erasure: the admin types the client's full name; only then is the erase button enabled. */
class EraseDialog extends Dialog {

    EraseDialog(ClientDataRights rights, DyadUser admin, long clientId, String clientName, Runnable afterErase) {
        setHeaderTitle("Erase " + clientName + " for good");
        Paragraph warning = new Paragraph("This deletes the client, their babies, their portal account and every "
                + "module's data about them. It cannot be undone. The audit log keeps only ids and action names.");
        TextField name = new TextField("Type the client's full name to confirm");
        name.setHelperText(clientName);
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.EAGER);
        Button erase = new Button("Erase for good");
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        name.addValueChangeListener(e -> erase.setEnabled(e.getValue().strip().equalsIgnoreCase(clientName.strip())));
        erase.addClickListener(e -> {
            try {
                Erasure done = rights.erase(admin, clientId, name.getValue());
                close();
                Notifications.success(clientName + " was erased (" + done.coreRows() + " core rows, modules "
                        + String.join(", ", done.modules()) + ").");
                afterErase.run();
            } catch (ValidationException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            } catch (RuntimeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add(warning, name);
        getFooter().add(new Button("Cancel", e -> close()), erase);
    }
}
