package org.dyad.plugins.notes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;

/** A signed note: its locked content, the physician report, care-plan sharing and addenda. */
final class SignedNotePanel extends VerticalLayout {

    private final PluginContext context;
    private final Note note;
    private final Runnable onChange;

    SignedNotePanel(PluginContext context, Note note, Runnable onChange) {
        this.context = context;
        this.note = note;
        this.onChange = onChange;
        setPadding(false);
        add(reportLink());
        add(NoteText.of(note));
        note.addenda().forEach(addendum -> add(new H3("Addendum by " + addendum.authorName() + ", signed "
                + Times.format(addendum.signedAt(), context)), new Paragraph(addendum.text())));
        if (context.currentUser().has(Permissions.WRITE)) {
            add(shareButton(), addendumForm());
        }
    }

    private Anchor reportLink() {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] pdf = new Reports(context).physicianReport(note.id());
            return new DownloadResponse(new ByteArrayInputStream(pdf), Reports.fileName(note), "application/pdf",
                    pdf.length);
        });
        Anchor anchor = new Anchor(handler, "Download the physician report (PDF)");
        anchor.setId("physician-report");
        return anchor;
    }

    private Button shareButton() {
        boolean shared = note.planShared().isPresent();
        Button share = new Button(shared ? "Care plan shared with the family" : "Share the care plan with the family",
                click -> run(() -> new NoteService(context).shareCarePlan(note.id()), "The care plan is shared."));
        share.setEnabled(!shared);
        share.setId("share-care-plan");
        return share;
    }

    private VerticalLayout addendumForm() {
        TextArea text = new TextArea("Addendum");
        text.setWidthFull();
        text.setMaxLength(Limits.MAX_TEXT);
        // Kept until a signature succeeds, so pressing again after an error never signs the same addendum twice.
        UUID requestKey = UUID.randomUUID();
        Button sign = new Button("Sign the addendum",
                click -> run(() -> new NoteService(context).addAddendum(note.id(), text.getValue(), requestKey),
                        "The addendum is signed."));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H3("Add an addendum"), text, sign);
        form.setPadding(false);
        return form;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Alerts.success(done);
            onChange.run();
        } catch (ValidationException e) {
            Alerts.error(e.getMessage());
        }
    }
}
