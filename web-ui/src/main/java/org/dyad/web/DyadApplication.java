package org.dyad.web;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.dyad.core.CoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * Starts Dyad. Without {@code spring.datasource.url} it starts an embedded MariaDB first (see
 * {@link EmbeddedDatabaseBootstrap}) and fills it with demo data on the first start.
 */
@SpringBootApplication
@Import(CoreConfiguration.class)
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/dyad.css")
@Meta(name = "theme-color", content = "#7a4e6d")
public class DyadApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        EmbeddedDatabaseBootstrap.prepare();
        SpringApplication.run(DyadApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1, viewport-fit=cover");
        settings.setPageTitle("Dyad");
    }
}
