package org.dyad.plugins.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.api.ClinicData;
import org.dyad.plugins.notes.Tables.TF;
import org.dyad.plugins.notes.Tables.TT;
import org.jooq.Record;

/** The built-in templates and the current clinic's own, stored in {@code consultant_notes_template[_field]}. */
final class TemplateRepository {

    private static final String CLINIC_PREFIX = "clinic-";

    private final ClinicData data;

    TemplateRepository(ClinicData data) {
        this.data = data;
    }

    /** Built-in templates first, then the clinic's by name. */
    List<Template> all() {
        List<Template> templates = new ArrayList<>(Template.BUILT_IN);
        templates.addAll(clinicTemplates());
        return templates;
    }

    Optional<Template> find(String key) {
        return all().stream().filter(template -> template.key().equals(key)).findFirst();
    }

    /** Stores a clinic template; its fields are keyed {@code f1}, {@code f2}… in the given order. */
    Template create(String name, List<String> fieldLabels, Instant now) {
        Template draft = new Template("new", name, fields(fieldLabels));
        return data.inTransaction(dsl -> {
            long id = dsl.insertInto(TT.T).set(TT.CLINIC_ID, data.clinicId()).set(TT.TEMPLATE_NAME, draft.name())
                    .set(TT.CREATED_AT, Tables.utc(now)).returningResult(TT.ID).fetchOne(0, Long.class);
            for (int i = 0; i < draft.fields().size(); i++) {
                dsl.insertInto(TF.T).set(TF.CLINIC_ID, data.clinicId()).set(TF.TEMPLATE_ID, id)
                        .set(TF.POSITION, i + 1).set(TF.LABEL, draft.fields().get(i).label()).execute();
            }
            return new Template(CLINIC_PREFIX + id, draft.name(), draft.fields());
        });
    }

    private List<Template> clinicTemplates() {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<TemplateField>> fields = new LinkedHashMap<>();
        for (Record row : data.dsl().select(TT.ID, TT.TEMPLATE_NAME, TF.POSITION, TF.LABEL).from(TT.T)
                .leftJoin(TF.T).on(TF.TEMPLATE_ID.eq(TT.ID).and(TF.CLINIC_ID.eq(TT.CLINIC_ID)))
                .where(TT.CLINIC_ID.eq(data.clinicId())).orderBy(TT.TEMPLATE_NAME, TT.ID, TF.POSITION).fetch()) {
            long id = row.get(TT.ID);
            names.putIfAbsent(id, row.get(TT.TEMPLATE_NAME));
            List<TemplateField> list = fields.computeIfAbsent(id, key -> new ArrayList<>());
            if (row.get(TF.LABEL) != null) {
                list.add(new TemplateField("f" + row.get(TF.POSITION), row.get(TF.LABEL)));
            }
        }
        return names.entrySet().stream()
                .map(e -> new Template(CLINIC_PREFIX + e.getKey(), e.getValue(), fields.get(e.getKey()))).toList();
    }

    private static List<TemplateField> fields(List<String> labels) {
        List<TemplateField> fields = new ArrayList<>();
        for (String label : labels) {
            fields.add(new TemplateField("f" + (fields.size() + 1), label));
        }
        return fields;
    }
}
