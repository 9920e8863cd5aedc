package org.dyad.plugins.example;

import com.vaadin.flow.component.Component;
import org.dyad.api.extension.StaffPage;
import org.pf4j.Extension;

/** Mounts {@link ExampleNotesView} at {@code /staff/example-plugin} with a side navigation entry. */
@Extension
public class ExampleStaffPage implements StaffPage {

    @Override
    public String path() {
        return "";
    }

    @Override
    public String menuLabel() {
        return "Example notes";
    }

    @Override
    public String requiredPermission() {
        return ExampleModule.WRITE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return ExampleNotesView.class;
    }
}
