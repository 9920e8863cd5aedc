package org.dyad.web.module;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.dyad.core.module.PluginHost;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation access control, aware of plugin views. Host views keep their security annotations; plugin views
 * cannot carry them (plugins do not compile against Spring or Jakarta security), so a signed-in user passes this
 * first gate and {@link PluginAccessCheck} then decides by module enablement and permission. Anonymous users are
 * sent to the login page.
 */
@Configuration(proxyBeanMethods = false)
class PluginNavigationAccess {

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(AnnotatedViewAccessChecker annotations, PluginHost host) {
        return new NavigationAccessControlConfigurer()
                .withNavigationAccessChecker(new PluginAwareChecker(annotations, host))
                .disabled();
    }

    /** Annotation checks for host views; "signed in" for plugin views. */
    static final class PluginAwareChecker implements NavigationAccessChecker {

        private final AnnotatedViewAccessChecker annotations;
        private final transient PluginHost host;

        PluginAwareChecker(AnnotatedViewAccessChecker annotations, PluginHost host) {
            this.annotations = annotations;
            this.host = host;
        }

        @Override
        public AccessCheckResult check(NavigationContext context) {
            if (!host.isPluginClass(context.getNavigationTarget())) {
                return annotations.check(context);
            }
            return context.getPrincipal() == null ? context.deny("Sign in to open module pages.") : context.allow();
        }
    }
}
