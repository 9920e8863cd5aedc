package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.extension.ClientTab;
import org.pf4j.Extension;

/** The client record's Notes tab for consultants and clinic admins: the visit notes and a button to start one. */
@Extension
public final class NotesTab implements ClientTab {

    private final PluginContext context;

    public NotesTab(PluginContext context) {
        this.context = context;
    }

    @Override
    public String label() {
        return "Notes";
    }

    @Override
    public String requiredPermission() {
        return Permissions.READ;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(ClientRef client) {
        return new NotesList(context, client);
    }
}
