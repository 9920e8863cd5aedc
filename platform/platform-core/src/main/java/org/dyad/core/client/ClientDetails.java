package org.dyad.core.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A client record with babies, as shown on the record page and edited in the form. */
public record ClientDetails(long id, long clinicId, String firstName, String lastName, @Nullable String email,
                            @Nullable String phone, Instant createdAt, Instant lastActivityAt, int version,
                            List<Baby> babies) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    public ClientDraft toDraft() {
        return new ClientDraft(firstName, lastName, email == null ? "" : email, phone == null ? "" : phone,
                babies.stream().map(b -> new BabyDraft(b.id(), b.name(), b.dateOfBirth(), b.birthWeightGrams(),
                        b.gestationalAgeWeeks())).toList());
    }

    /** A baby of the dyad. */
    public record Baby(long id, String name, LocalDate dateOfBirth, int birthWeightGrams, int gestationalAgeWeeks) {
    }
}
