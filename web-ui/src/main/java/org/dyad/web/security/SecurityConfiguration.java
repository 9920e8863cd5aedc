package org.dyad.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.dyad.core.security.DyadAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Form login through Vaadin's security configurer, with the host's lockout-aware authentication provider. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** A Content-Security-Policy that Vaadin's client works with (it needs inline scripts and styles). */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; media-src 'self' data: blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DyadAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**", "/invite/**").permitAll());
        // Written eagerly: Vaadin's bootstrap page otherwise commits first, sets X-Frame-Options: SAMEORIGIN itself
        // and the policy headers never reach the browser (found by SecurityHeadersIT).
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()));
        // Addresses that match no rule reach Vaadin, whose navigation access control still guards every view, so that
        // a mistyped address shows Dyad's own "not here" page instead of a bare 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class)
                        .anyRequest(AuthorizedUrl::permitAll))
                .build();
    }
}
