package org.dyad.web.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One error handler for every UI: known refusals become their own message; anything else is logged and the user sees
 * a calm "not saved, try again" message — never a stack trace.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message;
        if (cause instanceof ValidationException || cause instanceof AccessDeniedException) {
            message = cause.getMessage();
        } else {
            log.error("Unexpected error in the UI", event.getThrowable());
            message = "Something went wrong and this was not saved. Please try again in a moment.";
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notifications.error(message));
        }
    }

    private static Throwable rootOf(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof ValidationException)
                && !(current instanceof AccessDeniedException)) {
            current = current.getCause();
        }
        return current;
    }
}
