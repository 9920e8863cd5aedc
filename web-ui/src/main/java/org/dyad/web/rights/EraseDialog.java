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
        setHeaderTitle(getTranslation("rights.erase.title", clientName));
        Paragraph warning = new Paragraph(getTranslation("rights.erase.text"));
        TextField name = new TextField(getTranslation("rights.erase.confirm"));
        name.setHelperText(clientName);
        name.setWidthFull();
        name.setValueChangeMode(ValueChangeMode.EAGER);
        Button erase = new Button(getTranslation("rights.erase.button"));
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        erase.setEnabled(false);
        name.addValueChangeListener(e -> erase.setEnabled(e.getValue().strip().equalsIgnoreCase(clientName.strip())));
        erase.addClickListener(e -> {
            try {
                Erasure done = rights.erase(admin, clientId, name.getValue());
                close();
                Notifications.success(getTranslation("rights.erased", clientName, done.coreRows(),
                        String.join(", ", done.modules())));
                afterErase.run();
            } catch (ValidationException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            } catch (RuntimeException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        add(warning, name);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), erase);
    }
}
