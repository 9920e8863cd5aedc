package org.dyad.core.module;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.api.extension.DemoDataContributor;
import org.dyad.api.extension.DemoDataContributor.DemoClinic;
import org.dyad.core.security.DyadUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Asks every module enabled for a demo clinic for its sample data ({@link DemoDataContributor}). Each contributor runs
 * as the clinic's consultant, through {@link Guard}: a failing one is logged with its plugin's id and the others go on.
 */
@Service
public class DemoContributions {

    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;

    DemoContributions(ModuleRegistry registry, ModuleEnablement enablement) {
        this.registry = registry;
        this.enablement = enablement;
    }

    /** Runs the contributors of the clinic's available modules; returns the ids of the modules that completed. */
    public List<String> write(DyadUser consultant, DemoClinic clinic) {
        Set<String> available = enablement.availableModules(clinic.clinicId());
        List<String> completed = new ArrayList<>();
        for (ActiveModule module : registry.active()) {
            if (!available.contains(module.id())) {
                continue;
            }
            for (DemoDataContributor contributor : module.extensions(DemoDataContributor.class)) {
                if (Guard.run(module.id(), "demo data", () -> as(consultant, () -> contributor.write(clinic)))) {
                    completed.add(module.id());
                }
            }
        }
        return completed;
    }

    private static void as(DyadUser user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
