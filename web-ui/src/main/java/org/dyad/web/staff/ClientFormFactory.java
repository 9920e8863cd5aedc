package org.dyad.web.staff;

import java.util.UUID;
import java.util.function.LongConsumer;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.CurrentUsers;
import org.springframework.stereotype.Component;

/** Opens the client form for a new client or an existing one. */
@Component
class ClientFormFactory {

    private final ClientService clients;

    ClientFormFactory(ClientService clients) {
        this.clients = clients;
    }

    /** Opens the form; {@code saved} receives the client's id after a successful save. */
    void open(ClientDetails existing, LongConsumer saved) {
        // one key per form: Save pressed again after "not saved" must not create a second client
        UUID requestKey = UUID.randomUUID();
        ClientForm form = new ClientForm(existing, draft -> {
            if (existing == null) {
                return clients.create(CurrentUsers.require(), draft, requestKey);
            }
            clients.update(CurrentUsers.require(), existing.id(), existing.version(), draft);
            return existing.id();
        }, saved);
        form.open();
    }
}
