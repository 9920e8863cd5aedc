package org.dyad.web.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.dyad.core.module.ModuleEnablement;
import org.dyad.core.module.ModuleInfo;
import org.dyad.core.module.ModuleSettingsService;
import org.dyad.core.module.ModuleStatus;
import org.dyad.core.module.PluginHost;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Notifications;
import org.dyad.api.ui.CompactColumns;
import org.dyad.web.staff.StaffLayout;

/**
 * The clinic admin's Modules page: every installed module, a switch to enable or disable it for the clinic, and for an
 * enabled module that declares settings a button opening its settings.
 */
@Route(value = "staff/admin/modules", layout = StaffLayout.class)
@PageTitle("Modules · Dyad")
@RolesAllowed("CLINIC_ADMIN")
public class ModulesView extends Section {

    private final PluginHost host;
    private final ModuleEnablement enablement;
    private final ModuleSettingsService settings;
    private final Grid<ModuleInfo> grid = new Grid<>();

    public ModulesView(PluginHost host, ModuleEnablement enablement, ModuleSettingsService settings) {
        this.host = host;
        this.enablement = enablement;
        this.settings = settings;
        grid.addComponentColumn(this::toggle).setHeader(getTranslation("modules.col.enabled")).setAutoWidth(true).setFlexGrow(0);
        // the version sits under the name, so the description gets the room
        var name = grid.addColumn(CompactColumns.twoLines(ModuleInfo::name,
                        m -> getTranslation("modules.col.version") + " " + m.version()))
                .setHeader(getTranslation("modules.col.module")).setAutoWidth(true).setFlexGrow(0);
        var description = grid.addColumn(ModuleInfo::description).setHeader(getTranslation("modules.col.description"))
                .setWidth("16rem").setFlexGrow(3);
        var state = grid.addColumn(m -> status(m)).setHeader(getTranslation("modules.col.status")).setWidth("9rem")
                .setFlexGrow(1);
        var needs = grid.addColumn(m -> String.join(", ", m.dependencies())).setHeader(getTranslation("modules.col.needs")).setAutoWidth(true).setFlexGrow(0);
        // on a phone: one two-line cell (name; version · status — description) in place of the four wide columns
        CompactColumns.add(grid, CompactColumns.twoLines(ModuleInfo::name,
                        m -> m.version() + " · " + status(m) + " — " + m.description()),
                getTranslation("modules.col.module"), List.of(name, description, state, needs));
        grid.addComponentColumn(this::settingsButton).setHeader(getTranslation("modules.col.settings")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
        addClassName("dyad-page");
        add(new H2(getTranslation("nav.modules")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(host.modules());
    }

    private Checkbox toggle(ModuleInfo module) {
        DyadUser admin = CurrentUsers.require();
        Set<String> enabled = enablement.enabledModules(admin.clinicId());
        Checkbox box = new Checkbox(enabled.contains(module.id()));
        box.setAriaLabel(getTranslation("modules.enable", module.name()));
        box.setEnabled(module.status() != ModuleStatus.FAILED || enabled.contains(module.id()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue()) {
                enablement.enable(admin, module.id());
                refresh();
            } else {
                confirmDisable(admin, module, box);
            }
        });
        return box;
    }

    private Component settingsButton(ModuleInfo module) {
        DyadUser admin = CurrentUsers.require();
        if (!enablement.isAvailable(admin.clinicId(), module.id()) || !settings.hasSettings(module.id())) {
            return new com.vaadin.flow.component.html.Span();
        }
        Button open = new Button(getTranslation("modules.settings.open"), e -> openSettings(admin, module));
        open.setAriaLabel(getTranslation("modules.settings.open.label", module.name()));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return open;
    }

    private void openSettings(DyadUser admin, ModuleInfo module) {
        try {
            new ModuleSettingsDialog(settings, admin, module, settings.settings(admin, admin.clinicId(), module.id())).open();
        } catch (org.dyad.api.ValidationException | org.dyad.api.AccessDeniedException ex) {
            Notifications.error(getTranslation("modules.settings.unavailable", module.name()));
            refresh();
        }
    }

    private void confirmDisable(DyadUser admin, ModuleInfo module, Checkbox box) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("modules.disable.title", module.name()), getTranslation("modules.disable.text"),
                getTranslation("modules.disable"), e -> {
                    enablement.disable(admin, module.id());
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.addCancelListener(e -> box.setValue(true));
        dialog.open();
    }

    static String status(ModuleInfo module) {
        return switch (module.status()) {
            case STARTED -> com.vaadin.flow.i18n.I18NProvider.translate("modules.status.running");
            case STOPPED -> com.vaadin.flow.i18n.I18NProvider.translate("modules.status.stopped");
            case FAILED -> com.vaadin.flow.i18n.I18NProvider.translate("modules.status.failed", module.failureReason());
        };
    }
}
