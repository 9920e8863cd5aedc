package org.dyad.plugins.breathing.coach;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pacer's script and stylesheet, shipped in the plugin jar and injected into the page once. */
final class PacerResources {

    private static final String SCRIPT = read("pacer.js");
    private static final String STYLE = read("pacer.css");

    private PacerResources() {
    }

    static void install(UI ui) {
        ui.getPage().executeJs("""
                if (!window.DyadPacer) {
                  const script = document.createElement('script');
                  script.textContent = $0;
                  document.head.appendChild(script);
                }
                if (!document.getElementById('dyad-pacer-css')) {
                  const style = document.createElement('style');
                  style.id = 'dyad-pacer-css';
                  style.textContent = $1;
                  document.head.appendChild(style);
                }""", SCRIPT, STYLE);
    }

    private static String read(String name) {
        try (InputStream in = PacerResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The breathing coach jar is missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
