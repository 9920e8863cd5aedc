package org.dyad.plugins.notes;

import com.vaadin.flow.component.Component;
import java.util.stream.Stream;

/**
 * The browser side of the draft editor's autosave. The page knows, per tracked field, the value the server has stored;
 * when the tab is hidden or the page is closed while a field differs, it blurs the focused field (which sends its
 * value at once) and calls the editor's {@code flush()}; while a change is unsaved, leaving the page asks first.
 */
final class PageCloseFlush {

    private static final String INSTALL = """
            const root = this;
            if (root.__dyadFlush) { return; }
            root.__dyadFlush = true;
            const unsaved = () => root.isConnected && [...root.querySelectorAll('[data-autosave]')]
                .some(field => field.__dyadSaved !== undefined && String(field.value ?? '') !== field.__dyadSaved);
            const flush = () => {
              if (!unsaved()) { return; }
              const active = document.activeElement;
              if (active && root.contains(active)) { active.blur(); }
              root.$server.flush();
            };
            const hidden = () => { if (document.visibilityState === 'hidden') { flush(); } };
            const leaving = event => {
              if (!root.isConnected) { off(); return; }
              if (unsaved()) { flush(); event.preventDefault(); event.returnValue = ''; }
            };
            const off = () => {
              document.removeEventListener('visibilitychange', hidden);
              window.removeEventListener('pagehide', flush);
              window.removeEventListener('beforeunload', leaving);
            };
            document.addEventListener('visibilitychange', hidden);
            window.addEventListener('pagehide', flush);
            window.addEventListener('beforeunload', leaving);
            root.__dyadFlushOff = off;
            """;

    private PageCloseFlush() {
    }

    /** Installs the hooks on the editor's element; the editor must have a {@code @ClientCallable flush()}. */
    static void install(Component editor) {
        editor.getElement().executeJs(INSTALL);
    }

    /** Removes the page-level hooks when the editor leaves the page. */
    static void uninstall(Component editor) {
        editor.getElement().executeJs("if (this.__dyadFlushOff) { this.__dyadFlushOff(); this.__dyadFlush = false; }");
    }

    /** Marks a field for the page's unsaved-change check. */
    static void track(Component field) {
        field.getElement().setAttribute("data-autosave", true);
    }

    /**
     * Tells the page which value of each field is stored. The values are the server's, not the page's, so text typed
     * while a save was under way still counts as unsaved.
     */
    static void saved(Stream<Component> fields) {
        fields.forEach(field -> field.getElement().executeJs("this.__dyadSaved = $0",
                field.getElement().getProperty("value", "")));
    }
}
