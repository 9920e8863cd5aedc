package org.dyad.plugins.notes;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edits a draft. Every change is saved once typing pauses ({@link Inputs#DEBOUNCE_MS}) and when a field loses focus;
 * when the tab is hidden or closed the page flushes what is pending ({@link PageCloseFlush}), and the browser asks
 * before leaving while a change is unsaved. A save that meets someone else's newer version is refused with their name
 * and the entered text stays on screen.
 */
final class DraftEditor extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PluginContext context;
    static final String NOT_SAVED = "Not saved: the connection to the database was lost. Your text is still here "
            + "and is saved with your next change.";
    private static final Logger LOG = LoggerFactory.getLogger(DraftEditor.class);

    private final NoteService notes;
    private final Note note;
    private final Runnable onSigned;
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, TextArea> templateFields = new LinkedHashMap<>();
    private final List<BabyEditor> babies;
    private final Span status = new Span("Changes are saved automatically.");
    private int version;
    private NoteContent saved;
    /** A save the database did not answer: it may or may not be stored. */
    private @Nullable NoteContent unconfirmed;

    DraftEditor(PluginContext context, Note note, Runnable onSigned) {
        this.context = context;
        this.notes = new NoteService(context);
        this.note = note;
        this.onSigned = onSigned;
        this.version = note.version();
        this.saved = note.content();
        setPadding(false);
        setId("draft-editor");
        status.setId("save-status");
        status.getElement().setAttribute("role", "status");
        status.getStyle().set("color", "var(--lumo-secondary-text-color)");
        NoteContent content = note.content();
        add(status, new H3("Subjective"), text("concerns", "Concerns", content.concerns()),
                text("feedingHistory", "Feeding history", content.feedingHistory()));
        note.template().fields().forEach(field -> add(templateField(field, content)));
        add(new H3("Objective: parent"), text("parentFindings", "Breast and nipple findings",
                content.parentFindings()));
        babies = content.babies().stream().map(baby -> new BabyEditor(baby, this::save)).toList();
        babies.forEach(this::add);
        add(new H3("Assessment"), text("assessment", "Assessment", content.assessment()), new H3("Plan"),
                text("plan", "Plan for the family (plain language; can be shared with them once signed)",
                        content.plan()), signButton());
    }

    /**
     * Saves the content as it is on screen, unless it is what was saved last. When the database did not answer, the
     * text stays on screen and the save it was is kept: the next save first repeats it (the service takes it as done
     * when it was stored after all), so the version moves on and no change of the consultant's reads as a conflict.
     */
    void save() {
        Map<String, HasValidation> all = new HashMap<>(texts);
        templateFields.forEach((key, field) -> all.put("field." + key, field));
        Inputs.clear(all);
        try {
            NoteContent content = content();
            if (unconfirmed != null) {
                version = notes.save(note.id(), version, unconfirmed);
                saved = unconfirmed;
                unconfirmed = null;
            }
            if (!content.equals(saved)) {
                unconfirmed = content;
                version = notes.save(note.id(), version, content);
                saved = content;
                unconfirmed = null;
                status.setText("Saved · " + TIME.format(context.clock().instant().atZone(context.data().clinicZone())));
                PageCloseFlush.saved(typedFields());
            }
        } catch (ValidationException e) {
            unconfirmed = null;
            Inputs.mark(e, all);
            status.setText("Not saved: " + e.getMessage());
        } catch (NoteConflictException e) {
            unconfirmed = null;
            status.setText(e.getMessage());
            Alerts.conflict(e.getMessage());
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("A draft of note {} was not saved; the text stays on screen for the next save", note.id(), e);
            status.setText(NOT_SAVED);
            Alerts.error(NOT_SAVED);
        }
    }

    /** Called by the page when it is hidden or closed ({@link PageCloseFlush}): saves what is on screen. */
    @ClientCallable
    void flush() {
        save();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        PageCloseFlush.install(this);
        PageCloseFlush.saved(typedFields());
    }

    private Stream<Component> typedFields() {
        return Stream.of(texts.values().stream(), templateFields.values().stream(),
                babies.stream().flatMap(BabyEditor::typedFields)).flatMap(s -> s.map(Component.class::cast));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        PageCloseFlush.uninstall(this);
    }

    private NoteContent content() {
        Map<String, String> values = new HashMap<>();
        templateFields.forEach((key, field) -> values.put(key, field.getValue()));
        return new NoteContent(value("concerns"), value("feedingHistory"), value("parentFindings"),
                value("assessment"), value("plan"), values, babies.stream().map(BabyEditor::section).toList());
    }

    private Button signButton() {
        Button sign = new Button("Sign and lock", click -> confirmSign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sign.setVisible(note.authorUserId() == context.currentUser().userId());
        return sign;
    }

    private void confirmSign() {
        ConfirmDialog dialog = new ConfirmDialog("Sign this note?", "Once signed, the note is locked: later changes "
                + "can only be added as signed addenda.", "Sign", confirmed -> sign());
        dialog.setCancelable(true);
        dialog.open();
    }

    private void sign() {
        save();
        if (unconfirmed != null) {
            return; // what is on screen is not stored yet: signing now would lock an older text
        }
        try {
            notes.sign(note.id(), version);
            onSigned.run();
        } catch (ValidationException | AccessDeniedException | NoteConflictException e) {
            Alerts.error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Note {} was not signed; the draft stays open for another try", note.id(), e);
            Alerts.error("Not signed: the connection to the database was lost. The draft is unchanged; "
                    + "press Sign and lock again.");
        }
    }

    private TextArea text(String key, String label, String value) {
        TextArea area = Inputs.text(label, value, this::save);
        area.setId(key);
        texts.put(key, area);
        return area;
    }

    private TextArea templateField(TemplateField field, NoteContent content) {
        TextArea area = Inputs.text(field.label(), content.templateValues().getOrDefault(field.key(), ""), this::save);
        templateFields.put(field.key(), area);
        return area;
    }

    private String value(String key) {
        return texts.get(key).getValue();
    }
}
