package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.api.ValidationException;

/** The Objective section of one baby: weight, oral assessment, findings, a weighed feed and LATCH, with the figures. */
final class BabyEditor extends VerticalLayout {

    private final BabySection original;
    private final IntegerField weight;
    private final TextArea oral;
    private final TextArea findings;
    private final IntegerField preFeed;
    private final IntegerField postFeed;
    private final Map<String, RadioButtonGroup<Integer>> latch = new LinkedHashMap<>();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span transfer = new Span();
    private final Span latchTotal = new Span();

    BabyEditor(BabySection baby, Runnable onChange) {
        this.original = baby;
        setPadding(false);
        weight = Inputs.grams("Weight today", baby.weightGrams(), onChange);
        oral = Inputs.text("Oral assessment", baby.oralAssessment(), onChange);
        findings = Inputs.text("Other findings", baby.findings(), onChange);
        preFeed = Inputs.grams("Pre-feed weight", baby.feed().preFeedGrams(), onChange);
        postFeed = Inputs.grams("Post-feed weight", baby.feed().postFeedGrams(), onChange);
        addLatch(baby.latch(), onChange);
        fields.putAll(Map.of("weightGrams", weight, "oralAssessment", oral, "babyFindings", findings,
                "preFeedGrams", preFeed, "postFeedGrams", postFeed));
        fields.putAll(latch);
        transfer.setId("milk-transferred-" + baby.babyId());
        latchTotal.setId("latch-total-" + baby.babyId());
        add(new H3("Objective: " + baby.babyName()), weight, oral, findings,
                new HorizontalLayout(preFeed, postFeed), transfer, latchRow(), latchTotal);
        showFigures(baby);
    }

    /** The fields whose typing is debounced: the page tracks their stored values. */
    Stream<Component> typedFields() {
        return Stream.of(weight, oral, findings, preFeed, postFeed);
    }

    /** The section as entered; marks the offending field and rethrows when a value is out of range. */
    BabySection section() {
        Inputs.clear(fields);
        try {
            BabySection section = new BabySection(original.babyId(), original.babyName(), weight.getValue(),
                    oral.getValue(), findings.getValue(), new WeighedFeed(preFeed.getValue(), postFeed.getValue()),
                    new Latch(score("latch"), score("audibleSwallowing"), score("typeOfNipple"), score("comfort"),
                            score("hold")));
            showFigures(section);
            return section;
        } catch (ValidationException e) {
            Inputs.mark(e, fields);
            throw e;
        }
    }

    private void showFigures(BabySection section) {
        transfer.setText(section.feed().warning().orElse(section.feed().milkTransferredMl()
                .map(ml -> "Milk transferred: " + ml + " ml").orElse("Milk transferred: enter both weights")));
        transfer.getElement().getThemeList().set("badge error", section.feed().warning().isPresent());
        latchTotal.setText(section.latch().total().map(total -> "LATCH total: " + total + "/10")
                .orElse("LATCH total: score all five items"));
    }

    private void addLatch(Latch value, Runnable onChange) {
        latch.put("latch", Inputs.score("L: Latch", value.latch(), onChange));
        latch.put("audibleSwallowing", Inputs.score("A: Audible swallowing", value.audibleSwallowing(), onChange));
        latch.put("typeOfNipple", Inputs.score("T: Type of nipple", value.typeOfNipple(), onChange));
        latch.put("comfort", Inputs.score("C: Comfort", value.comfort(), onChange));
        latch.put("hold", Inputs.score("H: Hold", value.hold(), onChange));
    }

    private FlexLayout latchRow() {
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        latch.values().forEach(row::add);
        return row;
    }

    private Integer score(String key) {
        return latch.get(key).getValue();
    }
}
