package org.dyad.core.client;

import java.util.List;

/** A client (the parent) with their babies, as entered in the client form. */
public record ClientDraft(String firstName, String lastName, String email, String phone, List<BabyDraft> babies) {
    public ClientDraft {
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        email = email == null ? "" : email.strip();
        phone = phone == null ? "" : phone.strip();
        babies = List.copyOf(babies);
    }
}
