package org.dyad.plugins.notes;

import java.util.List;
import org.dyad.api.ValidationException;

/**
 * A kind of visit and the fields its notes add to the SOAP sections. The built-in ones are keyed by name; a clinic's
 * own are keyed {@code clinic-<id>}.
 */
record Template(String key, String name, List<TemplateField> fields) {

    static final Template INITIAL_CONSULT = new Template("initial-consult", "Initial consult", List.of(
            new TemplateField("birth-history", "Pregnancy and birth history"),
            new TemplateField("medical-history", "Parent's medical history and medications"),
            new TemplateField("goals", "Family's feeding goals")));
    static final Template FOLLOW_UP = new Template("follow-up", "Follow-up", List.of(
            new TemplateField("progress", "Progress since the last visit")));
    static final Template CHECK_IN = new Template("check-in", "Phone/video check-in", List.of(
            new TemplateField("channel", "Phone or video, and who took part")));
    static final List<Template> BUILT_IN = List.of(INITIAL_CONSULT, FOLLOW_UP, CHECK_IN);

    Template {
        if (name == null || name.isBlank()) {
            throw new ValidationException("name", "A template needs a name.");
        }
        if (name.length() > TemplateField.MAX_LABEL) {
            throw new ValidationException("name", "A template name can have at most " + TemplateField.MAX_LABEL
                    + " characters.");
        }
        name = name.strip();
        fields = List.copyOf(fields);
    }
}
