package org.dyad.web.module;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.core.module.ModuleInfo;
import org.dyad.core.module.ModuleSetting;
import org.dyad.core.module.ModuleSettingsService;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Notifications;

/**
 * A module's settings for the admin's clinic: one field per declared setting with its default as helper text. The
 * host validates with the module's rules; each message lands under its field and nothing is saved until all are fine.
 */
class ModuleSettingsDialog extends Dialog {

    private final ModuleSettingsService service;
    private final DyadUser admin;
    private final ModuleInfo module;
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private final Map<String, String> initial = new LinkedHashMap<>();
    private final Paragraph formError = new Paragraph();
    private final Button save = new Button();

    ModuleSettingsDialog(ModuleSettingsService service, DyadUser admin, ModuleInfo module, List<ModuleSetting> settings) {
        this.service = service;
        this.admin = admin;
        this.module = module;
        String title = getTranslation("modules.settings.title", module.name());
        setHeaderTitle(title);
        setAriaLabel(title);
        setWidth("min(36rem, 100vw)");
        setCloseOnOutsideClick(false);
        formError.addClassName("dyad-error-text");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        settings.forEach(s -> form.add(field(s)));
        add(formError, form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> submit());
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fields.values().stream().findFirst().ifPresent(TextField::focus);
            }
        });
    }

    private TextField field(ModuleSetting setting) {
        TextField field = new TextField(setting.label());
        field.setValue(setting.value());
        field.setHelperText(getTranslation("modules.settings.default", setting.defaultValue()));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> save.setEnabled(changed()));
        fields.put(setting.key(), field);
        initial.put(setting.key(), setting.value());
        return field;
    }

    private boolean changed() {
        return fields.entrySet().stream().anyMatch(f -> !f.getValue().getValue().equals(initial.get(f.getKey())));
    }

    private void submit() {
        if (!changed()) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        try {
            service.save(admin, admin.clinicId(), module.id(), values);
            Notifications.success(getTranslation("modules.settings.saved", module.name()));
            close();
        } catch (ValidationException ex) {
            show(ex.fieldErrors());
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("modules.settings.refused"));
        }
    }

    private void show(Map<String, String> errors) {
        fields.forEach((key, field) -> {
            String message = errors.get(key);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        String general = errors.entrySet().stream().filter(e -> !fields.containsKey(e.getKey()))
                .map(Map.Entry::getValue).reduce((a, b) -> a + " " + b).orElse(null);
        formError.setText(general == null ? "" : general);
        formError.setVisible(general != null);
        fields.entrySet().stream().filter(f -> errors.containsKey(f.getKey())).findFirst()
                .ifPresent(f -> f.getValue().focus());
    }
}
