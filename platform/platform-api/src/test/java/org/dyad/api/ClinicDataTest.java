package org.dyad.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ClinicDataTest {

    private static SQLException mariaDb(int errorCode) {
        return new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", errorCode);
    }

    @Test
    void a_unique_key_violation_is_found_however_deep_the_host_wrapped_it() {
        RuntimeException translated = new IllegalStateException("translated",
                new RuntimeException("jOOQ", mariaDb(1062)));

        assertThat(ClinicData.isDuplicateKey(translated)).isTrue();
        assertThat(ClinicData.isDuplicateKey(mariaDb(1062))).isTrue();
    }

    @Test
    void other_constraint_errors_and_plain_failures_are_not_duplicates() {
        assertThat(ClinicData.isDuplicateKey(new RuntimeException("jOOQ", mariaDb(1452)))).as("foreign key").isFalse();
        assertThat(ClinicData.isDuplicateKey(new RuntimeException("connection reset"))).isFalse();
        assertThat(ClinicData.isDuplicateKey(null)).isFalse();
    }
}
