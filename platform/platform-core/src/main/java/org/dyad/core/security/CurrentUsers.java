package org.dyad.core.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user of the current thread (request or Vaadin UI access). */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<DyadUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DyadUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The current user, or an {@link org.dyad.api.AccessDeniedException} when nobody is signed in. */
    public static DyadUser require() {
        return current().orElseThrow(() -> new org.dyad.api.AccessDeniedException("Please sign in."));
    }
}
