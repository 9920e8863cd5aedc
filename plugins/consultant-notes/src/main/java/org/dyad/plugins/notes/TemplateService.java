package org.dyad.plugins.notes;

import java.util.List;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/** The clinic's note templates; adding one needs the write permission and is audited. */
final class TemplateService {

    static final int MAX_FIELDS = 30;

    private final PluginContext context;
    private final Guard guard;
    private final TemplateRepository repository;

    TemplateService(PluginContext context) {
        this.context = context;
        this.guard = new Guard(context);
        this.repository = new TemplateRepository(context.data());
    }

    List<Template> all() {
        guard.requireAny(Permissions.WRITE, Permissions.READ);
        return repository.all();
    }

    Template create(String name, @Nullable List<String> fieldLabels) {
        guard.require(Permissions.WRITE);
        fieldLabels = fieldLabels == null ? List.of() : fieldLabels;
        if (fieldLabels.size() > MAX_FIELDS) {
            throw new ValidationException("fields", "A template can have at most " + MAX_FIELDS + " fields.");
        }
        Template template = repository.create(name, fieldLabels, context.clock().instant());
        guard.audit("template.created", "template", Long.parseLong(template.key().substring("clinic-".length())),
                null);
        return template;
    }
}
