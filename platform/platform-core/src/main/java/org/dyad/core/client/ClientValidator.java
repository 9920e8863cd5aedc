package org.dyad.core.client;

import java.time.LocalDate;
import org.dyad.core.security.Validation;

/** The rules for a client and their babies. Field keys match the form's fields. */
public final class ClientValidator {

    public static final int MAX_NAME = 100;
    public static final int MIN_WEIGHT_G = 1;
    public static final int MAX_WEIGHT_G = 7000;
    public static final int MIN_GESTATION_WEEKS = 22;
    public static final int MAX_GESTATION_WEEKS = 44;

    private ClientValidator() {
    }

    /** Validates against {@code today} (the clinic's date); throws {@link org.dyad.api.ValidationException}. */
    public static void validate(ClientDraft draft, LocalDate today) {
        Validation v = new Validation();
        v.require("firstName", draft.firstName(), "Enter the parent's first name.", MAX_NAME);
        v.require("lastName", draft.lastName(), "Enter the parent's last name.", MAX_NAME);
        v.max("email", draft.email(), 254);
        if (!draft.email().isEmpty() && !draft.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add("email", "Enter an e-mail address like name@example.org, or leave it empty.");
        }
        v.max("phone", draft.phone(), 40);
        if (!draft.phone().isEmpty() && !draft.phone().matches("[0-9+()./ -]+")) {
            v.add("phone", "A phone number may use digits, spaces and + ( ) - . / only.");
        }
        for (int i = 0; i < draft.babies().size(); i++) {
            validateBaby(v, "babies[" + i + "].", draft.babies().get(i), today);
        }
        v.throwIfAny();
    }

    private static void validateBaby(Validation v, String prefix, BabyDraft baby, LocalDate today) {
        v.require(prefix + "name", baby.name() == null ? "" : baby.name().strip(), "Enter the baby's name.", MAX_NAME);
        if (baby.dateOfBirth() == null) {
            v.add(prefix + "dateOfBirth", "Enter the baby's date of birth.");
        } else if (baby.dateOfBirth().isAfter(today)) {
            v.add(prefix + "dateOfBirth", "The date of birth cannot be in the future.");
        } else if (baby.dateOfBirth().isBefore(today.minusYears(5))) {
            v.add(prefix + "dateOfBirth", "The date of birth must be within the last 5 years.");
        }
        Integer weight = baby.birthWeightGrams();
        if (weight == null) {
            v.add(prefix + "birthWeightGrams", "Enter the birth weight in grams.");
        } else if (weight < MIN_WEIGHT_G || weight > MAX_WEIGHT_G) {
            v.add(prefix + "birthWeightGrams", "Birth weight must be between 1 and 7,000 g.");
        }
        Integer weeks = baby.gestationalAgeWeeks();
        if (weeks == null) {
            v.add(prefix + "gestationalAgeWeeks", "Enter the gestational age at birth in weeks.");
        } else if (weeks < MIN_GESTATION_WEEKS || weeks > MAX_GESTATION_WEEKS) {
            v.add(prefix + "gestationalAgeWeeks", "Gestational age must be between 22 and 44 weeks.");
        }
    }
}
