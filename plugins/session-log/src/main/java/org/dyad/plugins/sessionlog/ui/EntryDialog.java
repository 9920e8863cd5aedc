package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.Bottle;
import org.dyad.plugins.sessionlog.log.Breastfeed;
import org.dyad.plugins.sessionlog.log.Diaper;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.MilkType;
import org.dyad.plugins.sessionlog.log.Pump;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.Weighing;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds or edits one entry. On a refused save the dialog stays open with everything typed and the messages on the
 * fields; it closes only when {@code save} succeeded. On any other failure (the database is away) it stays open too,
 * says "Not saved — please try again" and keeps its request key: pressing Save again cannot store the entry twice,
 * even when the first save was stored and only its answer was lost.
 */
final class EntryDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(EntryDialog.class);

    private final DateTimePicker start = new DateTimePicker("Start");
    private final DateTimePicker end = new DateTimePicker("End");
    private final IntegerField leftMin = new IntegerField("Left (min)");
    private final IntegerField rightMin = new IntegerField("Right (min)");
    private final Select<Side> endSide = new Select<>();
    private final IntegerField leftMl = new IntegerField("Left (ml)");
    private final IntegerField rightMl = new IntegerField("Right (ml)");
    private final IntegerField ml = new IntegerField("Volume (ml)");
    private final Select<MilkType> milkType = new Select<>();
    private final Checkbox wet = new Checkbox("Wet");
    private final Checkbox dirty = new Checkbox("Dirty");
    private final IntegerField grams = new IntegerField("Weight (g)");
    private final IntegerField comfort = new IntegerField("Comfort 0–10");
    private final TextArea note = new TextArea("Note");
    private final Paragraph formError = new Paragraph();
    private final Kind kind;
    private final long babyId;
    private final ZoneId zone;
    /** "Not saved — please try again", read by the view while the database answered (lookups need the locale). */
    private final String notSaved;
    /** Made once per dialog and sent with every save; the same until a save succeeds (then the dialog closes). */
    private final UUID requestKey = UUID.randomUUID();

    EntryDialog(Kind kind, long babyId, ZoneId zone, Instant now, @Nullable Entry existing, String notSaved,
                BiFunction<Entry, UUID, Object> save) {
        this.kind = kind;
        this.notSaved = notSaved;
        this.babyId = babyId;
        this.zone = zone;
        setHeaderTitle((existing == null ? "Add " : "Edit ") + kind.label().toLowerCase(java.util.Locale.ROOT));
        endSide.setLabel("Ended on");
        endSide.setItems(Side.values());
        endSide.setItemLabelGenerator(Side::label);
        milkType.setLabel("Milk");
        milkType.setItems(MilkType.values());
        milkType.setItemLabelGenerator(MilkType::label);
        milkType.setValue(MilkType.BREAST_MILK);
        start.setValue(Times.local(now, zone).withSecond(0).withNano(0));
        end.setValue(start.getValue());
        formError.setId("entry-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout();
        form.add(start);
        switch (kind) {
            case BREASTFEED -> form.add(end, leftMin, rightMin, endSide, comfort, note);
            case PUMP -> form.add(end, leftMl, rightMl);
            case BOTTLE -> form.add(ml, milkType);
            case DIAPER -> form.add(wet, dirty);
            case WEIGHT -> form.add(grams);
        }
        if (existing != null) {
            fill(existing);
        }
        add(formError, form);
        Button saveButton = new Button("Save", e -> submit(save));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), saveButton);
    }

    private void submit(BiFunction<Entry, UUID, Object> save) {
        clearErrors();
        try {
            save.apply(entry(), requestKey);
        } catch (ValidationException e) {
            showErrors(e.fieldErrors());
            return;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("A session-log entry was not saved (request key {}); the form stays open for a retry",
                    requestKey, e);
            formError.setText(notSaved);
            return;
        }
        close();
    }

    private Entry entry() {
        if (start.getValue() == null) {
            throw new ValidationException("start", "Enter when it started.");
        }
        Instant s = Times.instant(start.getValue(), zone);
        Instant e = end.getValue() == null ? null : Times.instant(end.getValue(), zone);
        return switch (kind) {
            case BREASTFEED -> new Breastfeed(babyId, s, e, seconds(leftMin), seconds(rightMin), endSide.getValue(),
                    comfort.getValue(), note.getValue());
            case PUMP -> Pump.perSide(babyId, s, e, leftMl.getValue(), rightMl.getValue());
            case BOTTLE -> new Bottle(babyId, s, required(ml, "ml"), milkType.getValue());
            case DIAPER -> new Diaper(babyId, s, wet.getValue(), dirty.getValue());
            case WEIGHT -> new Weighing(babyId, s, required(grams, "grams"));
        };
    }

    private void fill(Entry existing) {
        start.setValue(Times.local(existing.start(), zone));
        end.setValue(Times.local(existing.end(), zone));
        switch (existing) {
            case Breastfeed b -> {
                leftMin.setValue(b.leftSeconds() == null ? null : b.leftSeconds() / 60);
                rightMin.setValue(b.rightSeconds() == null ? null : b.rightSeconds() / 60);
                endSide.setValue(b.endSide());
                comfort.setValue(b.comfort());
                note.setValue(b.note() == null ? "" : b.note());
            }
            case Pump p -> {
                leftMl.setValue(p.leftMl());
                rightMl.setValue(p.rightMl() == null && p.leftMl() == null ? p.totalMl() : p.rightMl());
            }
            case Bottle b -> {
                ml.setValue(b.ml());
                milkType.setValue(b.milkType());
            }
            case Diaper d -> {
                wet.setValue(d.wet());
                dirty.setValue(d.dirty());
            }
            case Weighing w -> grams.setValue(w.grams());
        }
    }

    private static @Nullable Integer seconds(IntegerField minutes) {
        // widened, then capped: a huge number of minutes must reach the entry's own check ("longer than the feed"), not wrap
        return minutes.getValue() == null ? null : (int) Math.min((long) minutes.getValue() * 60, Integer.MAX_VALUE);
    }

    private static int required(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new ValidationException(name, "Enter a number.");
        }
        return field.getValue();
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("start", start);
        fields.put("end", end);
        fields.put("left", leftMin);
        fields.put("right", rightMin);
        fields.put("leftMl", leftMl);
        fields.put("rightMl", rightMl);
        fields.put("totalMl", rightMl);
        fields.put("ml", ml);
        fields.put("grams", grams);
        fields.put("comfort", comfort);
        fields.put("note", note);
        return fields;
    }

    private void showErrors(Map<String, String> errors) {
        StringBuilder general = new StringBuilder();
        errors.forEach((field, message) -> {
            HasValidation target = fields().get(field);
            if (target != null && ((com.vaadin.flow.component.Component) target).isAttached()) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            } else {
                general.append(message).append(' ');
            }
        });
        formError.setText(general.toString().strip());
    }

    private void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
        formError.setText("");
    }
}
