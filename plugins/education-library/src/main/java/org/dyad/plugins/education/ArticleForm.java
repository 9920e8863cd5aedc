package org.dyad.plugins.education;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.UnaryOperator;

/** The article fields and a preview that follows the Markdown as the author types. */
final class ArticleForm extends SplitLayout {

    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final Select<Category> category = new Select<>();
    private final TextField tags = new TextField("Tags (comma separated)");
    private final TextField language = new TextField("Language");
    private final DatePicker reviewBy = new DatePicker("Review by");
    private final TextArea body = new TextArea("Text (Markdown)");
    private final Html preview = new Html("<div></div>");
    private final UnaryOperator<String> renderer;

    ArticleForm(UnaryOperator<String> renderer) {
        this.renderer = renderer;
        category.setLabel("Category");
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        category.setValue(Category.HOW_MILK_IS_MADE);
        language.setValue("en");
        title.setMaxLength(ArticleDraft.MAX_TITLE);
        summary.setMaxLength(ArticleDraft.MAX_SUMMARY);
        body.setHeight("28rem");
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(400);
        body.addValueChangeListener(e -> refreshPreview());
        FormLayout fields = new FormLayout(title, category, summary, tags, language, reviewBy, body);
        fields.setColspan(summary, 2);
        fields.setColspan(body, 2);
        Div previewPane = new Div(new H4("Preview"), Ui.articleStyles(), preview);
        previewPane.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToPrimary(new VerticalLayout(fields));
        addToSecondary(previewPane);
        setSplitterPosition(55);
        setWidthFull();
    }

    /** The draft the fields describe; throws a {@link org.dyad.api.ValidationException} naming every problem. */
    ArticleDraft draft() {
        return new ArticleDraft(title.getValue(), summary.getValue(), body.getValue(), category.getValue(),
                Tags.split(tags.getValue()), language.getValue(), reviewBy.getValue());
    }

    void show(ArticleDraft draft) {
        title.setValue(draft.title());
        summary.setValue(draft.summary());
        category.setValue(draft.category());
        tags.setValue(Tags.join(draft.tags()));
        language.setValue(draft.language());
        reviewBy.setValue(draft.reviewBy());
        body.setValue(draft.bodyMarkdown());
        refreshPreview();
    }

    void setReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        summary.setReadOnly(readOnly);
        category.setReadOnly(readOnly);
        tags.setReadOnly(readOnly);
        language.setReadOnly(readOnly);
        reviewBy.setReadOnly(readOnly);
        body.setReadOnly(readOnly);
    }

    private void refreshPreview() {
        String markdown = body.getValue();
        preview.setHtmlContent(markdown.isBlank() ? "<div></div>" : renderer.apply(markdown));
    }
}
