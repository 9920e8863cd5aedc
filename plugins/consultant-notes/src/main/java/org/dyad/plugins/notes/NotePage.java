package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/** The page of one note: {@code /staff/consultant-notes/note/<id>}, reached from the client's Notes tab. */
@Extension
public final class NotePage implements StaffPage {

    @Override
    public String path() {
        return Extensions.NOTE_PATH;
    }

    @Override
    public String menuLabel() {
        return "";
    }

    @Override
    public String requiredPermission() {
        return Permissions.READ;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return NoteView.class;
    }
}
