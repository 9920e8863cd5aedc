package org.dyad.web.demo;

import java.time.Clock;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.module.DemoContributions;
import org.dyad.core.security.AccountService;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/** Demo data and the start-up banner with the URL and demo logins, only when {@code dyad.demo-data=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dyad.demo-data", havingValue = "true")
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);

    @Bean
    DemoData demoData(ClinicService clinics, AccountService accounts, ClientService clients, DSLContext dsl, Clock clock,
                      Environment env) {
        return new DemoData(clinics, accounts, clients, dsl, clock,
                env.getProperty("dyad.demo.example-module", Boolean.class, false));
    }

    @Bean
    ApplicationRunner demoSeeder(DemoData demo, DemoContributions contributions, AccountService accounts,
                                 DSLContext dsl, Environment env) {
        boolean moduleData = env.getProperty("dyad.demo.module-data", Boolean.class, false);
        return args -> {
            if (demo.seedIfEmpty() && moduleData) {
                new DemoModuleData(contributions, accounts, dsl).write(demo.seeded());
            }
        };
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String url = "http://localhost:" + env.getProperty("local.server.port", "8080") + "/";
        log.info("""

                ================================================================
                 Dyad is ready:  {}
                 Staff workspace {}staff   ·  Parent portal {}portal
                 Demo logins (password for all: {}):
                   Willow Lactation Care (Europe/London):
                     willow.admin · willow.consultant · willow.frontdesk
                     parents: parent.maya · parent.sofia · parent.aisha
                   Harbor Feeding Clinic (America/New_York):
                     harbor.admin · harbor.consultant · harbor.frontdesk
                     parents: parent.noor · parent.julia · parent.rachel
                   Platform administrator: platform
                ================================================================""",
                url, url, url, DemoData.PASSWORD);
    }
}
