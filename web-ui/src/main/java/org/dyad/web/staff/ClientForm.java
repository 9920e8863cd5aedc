package org.dyad.web.staff;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.web.base.Notifications;

/**
 * Create or edit a client and their babies. The server validates; every message lands next to its field, and what
 * was typed stays in the form until it is saved.
 */
class ClientForm extends Dialog {

    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final Div babiesBox = new Div();
    private final List<BabyRow> babies = new ArrayList<>();
    private final Paragraph formError = new Paragraph();
    private final ToLongFunction<ClientDraft> save;
    private final LongConsumer saved;

    ClientForm(ClientDetails existing, ToLongFunction<ClientDraft> save, LongConsumer saved) {
        this.save = save;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "client.form.new" : "client.form.edit"));
        setWidth("min(44rem, 100vw)");
        setCloseOnOutsideClick(false);
        firstName.setLabel(getTranslation("client.firstName"));
        lastName.setLabel(getTranslation("client.lastName"));
        email.setLabel(getTranslation("client.email"));
        phone.setLabel(getTranslation("client.phone"));
        for (TextField f : List.of(firstName, lastName)) {
            f.setRequiredIndicatorVisible(true);
        }
        firstName.setMaxLength(100);
        lastName.setMaxLength(100);
        FormLayout parent = new FormLayout(firstName, lastName, email, phone);
        parent.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Button addBaby = new Button(getTranslation("client.baby.add"), VaadinIcon.PLUS.create(), e -> addBaby(null));
        addBaby.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        formError.addClassName("dyad-error-text");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        add(formError, parent, new H3(getTranslation("client.babies")), babiesBox, addBaby);
        if (existing != null) {
            fill(existing);
        } else {
            addBaby(null);
        }
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        Button ok = new Button(getTranslation("action.save"), e -> submit());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        getFooter().add(cancel, ok);
    }

    private void fill(ClientDetails c) {
        firstName.setValue(c.firstName());
        lastName.setValue(c.lastName());
        email.setValue(c.email() == null ? "" : c.email());
        phone.setValue(c.phone() == null ? "" : c.phone());
        c.babies().forEach(b -> addBaby(new BabyDraft(b.id(), b.name(), b.dateOfBirth(), b.birthWeightGrams(),
                b.gestationalAgeWeeks())));
    }

    private void addBaby(BabyDraft baby) {
        BabyRow row = new BabyRow(baby);
        babies.add(row);
        babiesBox.add(row);
    }

    private void submit() {
        clearErrors();
        ClientDraft draft = new ClientDraft(firstName.getValue(), lastName.getValue(), email.getValue(),
                phone.getValue(), babies.stream().map(BabyRow::draft).toList());
        try {
            long id = save.applyAsLong(draft);
            close();
            Notifications.success(getTranslation("client.saved"));
            saved.accept(id);
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
        }
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("firstName", firstName, "lastName", lastName,
                "email", email, "phone", phone));
        for (int i = 0; i < babies.size(); i++) {
            babies.get(i).register(fields, "babies[" + i + "].");
        }
        List<String> unplaced = new ArrayList<>();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            if (field == null) {
                unplaced.add(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        formError.setText(unplaced.isEmpty() ? getTranslation("client.form.fix") : String.join(" ", unplaced));
        formError.setVisible(true);
    }

    private void clearErrors() {
        formError.setVisible(false);
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < babies.size(); i++) {
            babies.get(i).register(fields, "b" + i);
        }
        fields.values().forEach(f -> f.setInvalid(false));
        List.<HasValidation>of(firstName, lastName, email, phone).forEach(f -> f.setInvalid(false));
    }

    /** One baby's fields. */
    private final class BabyRow extends FormLayout {
        private final Long id;
        private final TextField name = new TextField(getTranslation("baby.name"));
        private final DatePicker born = new DatePicker(getTranslation("baby.dateOfBirth"));
        private final IntegerField weight = new IntegerField(getTranslation("baby.birthWeight"));
        private final IntegerField weeks = new IntegerField(getTranslation("baby.gestation"));

        BabyRow(BabyDraft baby) {
            id = baby == null ? null : baby.id();
            addClassName("dyad-baby-row");
            name.setMaxLength(100);
            born.setMax(LocalDate.now());
            weight.setSuffixComponent(new com.vaadin.flow.component.html.Span("g"));
            weeks.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("baby.weeks")));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                babies.remove(this);
                babiesBox.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("client.baby.remove"));
            if (baby != null) {
                name.setValue(baby.name());
                born.setValue(baby.dateOfBirth());
                weight.setValue(baby.birthWeightGrams());
                weeks.setValue(baby.gestationalAgeWeeks());
            }
            add(name, born, weight, weeks, remove);
            setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        }

        BabyDraft draft() {
            return new BabyDraft(id, name.getValue(), born.getValue(), weight.getValue(), weeks.getValue());
        }

        void register(Map<String, HasValidation> fields, String prefix) {
            fields.put(prefix + "name", name);
            fields.put(prefix + "dateOfBirth", born);
            fields.put(prefix + "birthWeightGrams", weight);
            fields.put(prefix + "gestationalAgeWeeks", weeks);
        }
    }
}
