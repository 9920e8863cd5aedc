package org.dyad.core.audit;

import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the {@link AuditTrailGuard} on the host's jOOQ configuration (Spring Boot collects listener providers). */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    ExecuteListenerProvider auditTrailGuard() {
        return new DefaultExecuteListenerProvider(new AuditTrailGuard());
    }
}
