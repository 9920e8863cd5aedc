package org.dyad.plugins.education;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import java.util.UUID;
import org.dyad.api.PluginContext;
import org.jspecify.annotations.Nullable;

/** Staff: create or edit an article with live preview; publish, retire, hide; version history with diffs. */
public class ArticleEditorView extends VerticalLayout implements HasUrlParameter<String> {

    private final PluginContext context;
    private final LibraryService library;
    private final ArticleForm form;
    private final H2 heading = new H2("New article");
    private final Span state = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VersionHistory history;
    private @Nullable Article article;
    /** Kept until the new article's first save succeeds: saving again after an error never creates a second one. */
    private final UUID requestKey = UUID.randomUUID();

    public ArticleEditorView(PluginContext context) {
        this.context = context;
        this.library = new LibraryService(context);
        this.form = new ArticleForm(library::preview);
        this.history = new VersionHistory(library);
        add(heading, state, form, actions, history);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,18}")) {
            showNew();
        } else {
            load(Long.parseLong(parameter));
        }
    }

    private void showNew() {
        article = null;
        history.setVisible(false);
        actions.removeAll();
        actions.add(button("Save draft", this::save, true));
    }

    private void load(long id) {
        Article loaded = library.get(id);
        article = loaded;
        heading.setText(loaded.draft().title());
        state.setText(stateText(loaded));
        form.show(loaded.draft());
        boolean canEdit = context.currentUser().has(Permissions.MANAGE) && !loaded.isStarter();
        form.setReadOnly(!canEdit);
        actions.removeAll();
        if (context.currentUser().has(Permissions.MANAGE)) {
            actions.add(actionsFor(loaded, canEdit));
        }
        history.show(loaded.id());
    }

    private Button[] actionsFor(Article loaded, boolean canEdit) {
        Button hide = button(loaded.hidden() ? "Show to parents" : "Hide from parents",
                () -> library.setHidden(loaded.id(), !loaded.hidden()), false);
        if (!canEdit) {
            return new Button[] {hide};
        }
        return new Button[] {button("Save draft", this::save, true),
                button("Submit for review", () -> library.submitForReview(loaded.id()), false),
                button("Publish", () -> library.publish(loaded.id()), false),
                button("Retire", () -> library.retire(loaded.id()), false), hide};
    }

    private void save() {
        ArticleDraft draft = form.draft();
        if (article == null) {
            long id = library.create(draft, requestKey);
            UI.getCurrent().navigate(Pages.editor(id));
        } else {
            library.update(article.id(), article.rowVersion(), draft);
        }
    }

    private Button button(String label, Runnable action, boolean primary) {
        Button button = new Button(label, e -> {
            if (Ui.attempt(action)) {
                Ui.success(label + ": done.");
                if (article != null) {
                    load(article.id());
                }
            }
        });
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static String stateText(Article article) {
        String text = article.status().label() + article.live().map(v -> " · parents read version " + v).orElse("");
        return article.isStarter() ? text + " · starter article: read-only, can be hidden" : text;
    }
}
