package org.dyad.web.module;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.dyad.api.ValidationException;
import org.dyad.core.module.InstallResult;
import org.dyad.core.module.ModuleInfo;
import org.dyad.core.module.ModuleStatus;
import org.dyad.core.module.PluginHost;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;

/**
 * The platform administrator's plugin page: upload a plugin jar (its SHA-256 is shown to compare with the
 * publisher's), and start or stop each plugin for every clinic. Plugins are fully trusted code: install only jars whose
 * checksum you verified.
 */
@Route(value = "platform/plugins", autoLayout = false)
@PageTitle("Plugins · Dyad")
@RolesAllowed("PLATFORM_ADMIN")
public class PluginsView extends Main {

    private final PluginHost host;
    private final Grid<ModuleInfo> grid = new Grid<>();
    private final Paragraph result = new Paragraph();

    public PluginsView(PluginHost host) {
        this.host = host;
        DyadUser admin = CurrentUsers.require();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> install(admin, metadata.fileName(), bytes)));
        upload.setAcceptedFileTypes(".jar");
        grid.addColumn(ModuleInfo::id).setHeader(getTranslation("plugins.col.plugin")).setAutoWidth(true);
        grid.addColumn(ModuleInfo::version).setHeader(getTranslation("modules.col.version")).setAutoWidth(true);
        grid.addColumn(ModulesView::status)
                .setHeader(getTranslation("modules.col.status")).setFlexGrow(2);
        grid.addColumn(m -> m.checksum() == null ? "" : m.checksum()).setHeader("SHA-256").setFlexGrow(2);
        grid.addComponentColumn(m -> action(admin, m)).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("dyad-page");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("plugins.title")),
                new Paragraph(getTranslation("plugins.trust")),
                upload, result, grid);
        refresh();
    }

    private void install(DyadUser admin, String fileName, byte[] bytes) {
        getUI().ifPresent(ui -> ui.access(() -> {
            try {
                InstallResult installed = host.install(admin, fileName, new ByteArrayInputStream(bytes));
                result.setText(getTranslation("plugins.installed", installed.pluginId(), installed.version(),
                        installed.sha256()));
            } catch (ValidationException e) {
                result.setText(e.getMessage());
            }
            refresh();
        }));
    }

    private Button action(DyadUser admin, ModuleInfo module) {
        boolean running = module.status() == ModuleStatus.STARTED;
        Button button = new Button(getTranslation(running ? "plugins.stop" : "plugins.start"), e -> {
            if (running) {
                host.stopPlugin(admin, module.id());
            } else {
                host.startPlugin(admin, module.id());
            }
            refresh();
        });
        button.setEnabled(!module.id().endsWith(".jar"));
        return button;
    }

    private void refresh() {
        grid.setItems(host.modules());
    }
}
