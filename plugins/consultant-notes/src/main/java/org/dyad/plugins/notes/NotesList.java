package org.dyad.plugins.notes;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.UUID;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;

/** A client's visit notes with links to each, and — for those who may write — a way to start a new one. */
final class NotesList extends VerticalLayout {

    NotesList(PluginContext context, ClientRef client) {
        setPadding(false);
        if (context.currentUser().has(Permissions.WRITE)) {
            add(newNoteBar(context, client));
        }
        List<VisitSummary> visits = new ClientNotes(context).visits(client.clientId());
        add(visits.isEmpty() ? new Paragraph("No visit notes yet.") : VisitGrid.of(visits, true));
    }

    private static HorizontalLayout newNoteBar(PluginContext context, ClientRef client) {
        NoteService notes = new NoteService(context);
        Select<Template> template = new Select<>();
        template.setLabel("Template");
        template.setItems(notes.templates());
        template.setItemLabelGenerator(Template::name);
        template.setValue(Template.INITIAL_CONSULT);
        // One key per intended draft: pressing Start again after an error opens the draft the first press may have
        // stored; choosing another template means another draft.
        UUID[] requestKey = {UUID.randomUUID()};
        template.addValueChangeListener(e -> requestKey[0] = UUID.randomUUID());
        Button start = new Button("Start a visit note");
        start.setDisableOnClick(true);
        start.addClickListener(click -> {
            try {
                long noteId = notes.startDraft(client.clientId(), template.getValue().key(), requestKey[0]);
                UI.getCurrent().navigate(Extensions.noteUrl(noteId));
            } finally {
                start.setEnabled(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(template, start);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }
}
