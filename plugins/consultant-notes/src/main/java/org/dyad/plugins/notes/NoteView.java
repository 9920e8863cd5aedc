package org.dyad.plugins.notes;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.PluginContext;

/** One visit note: the draft editor or the signed note, then its history. Each opening is audited. */
public final class NoteView extends VerticalLayout implements HasUrlParameter<Long> {

    private final PluginContext context;
    private long noteId;

    public NoteView(PluginContext context) {
        this.context = context;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        noteId = parameter;
        show();
    }

    private void show() {
        removeAll();
        try {
            Note note = new NoteService(context).open(noteId);
            add(new H2(note.template().name() + " · " + context.client(note.clientId()).displayName()),
                    new Paragraph(Times.date(note.visitDate()) + " · " + byline(note)));
            add(note.isSigned() ? new SignedNotePanel(context, note, this::show)
                    : new DraftEditor(context, note, this::show));
            add(history(note));
        } catch (AccessDeniedException e) {
            add(new Paragraph(e.getMessage()));
        }
    }

    private String byline(Note note) {
        return note.isSigned() && note.signedAt() != null
                ? "Signed by " + note.authorName() + " on " + Times.format(note.signedAt(), context) + " (locked)"
                : "Draft by " + note.authorName() + ", last saved by " + note.updatedByName() + " on "
                + Times.format(note.updatedAt(), context);
    }

    private VerticalLayout history(Note note) {
        UnorderedList list = new UnorderedList();
        note.history().forEach(entry -> list.add(new ListItem(Times.format(entry.at(), context) + ": "
                + entry.action().label + " (" + entry.actorName() + ")")));
        VerticalLayout section = new VerticalLayout(new H3("History"), list);
        section.setPadding(false);
        return section;
    }
}
