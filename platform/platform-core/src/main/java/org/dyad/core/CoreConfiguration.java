package org.dyad.core;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The host's services. Imported by the web app and by the test kit. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = CoreConfiguration.class)
public class CoreConfiguration {

    /** The system clock in UTC; tests replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** bcrypt, cost 10 (about 60–80 ms per check on 2 cores; see docs). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
