package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dyad.db.jooq.Tables.AUDIT_EVENT;
import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dyad.api.ValidationException;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The core schema on MariaDB, the generated jOOQ classes, client validation and the append-only audit trail. */
class CoreDataIT extends WebTestBase {

    @Autowired
    DSLContext dsl;
    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;

    @Test
    void the_migrated_schema_matches_the_generated_jooq_classes() {
        List<String> problems = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var columns = dsl.resultQuery("SELECT column_name, is_nullable FROM information_schema.columns "
                    + "WHERE table_schema = DATABASE() AND table_name = ?", table.getName()).fetchMap(0, 1);
            if (columns.isEmpty()) {
                problems.add("missing table " + table.getName());
            }
            for (Field<?> field : table.fields()) {
                Object nullable = columns.get(field.getName());
                if (nullable == null) {
                    problems.add(table.getName() + "." + field.getName() + " missing in the database");
                } else if (("YES".equals(nullable)) != field.getDataType().nullable()) {
                    problems.add(table.getName() + "." + field.getName() + " nullability differs");
                }
            }
            if (columns.size() != table.fields().length) {
                problems.add(table.getName() + " has " + columns.size() + " columns, jOOQ knows " + table.fields().length);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(DefaultSchema.DEFAULT_SCHEMA.getTables()).extracting(Table::getName)
                .contains("clinic", "client", "baby", "app_user", "portal_invitation", "module_state", "audit_event");
    }

    static Stream<Arguments> bad_clients() {
        LocalDate today = LocalDate.now();
        BabyDraft ok = new BabyDraft(null, "Ada", today.minusDays(10), 3200, 39);
        String huge = "x".repeat(10_000);
        return Stream.of(
                Arguments.of("empty first name", draft("", "Doe", ok), "firstName", "Enter the parent's first name."),
                Arguments.of("blank last name", draft("Jane", "   ", ok), "lastName", "Enter the parent's last name."),
                Arguments.of("first name of zero-width spaces and a direction mark", draft("\u200B\u200B\u200F", "Doe", ok),
                        "firstName", "Enter the parent's first name."),
                Arguments.of("baby name of a byte-order mark and a zero-width joiner",
                        draft("Jane", "Doe", new BabyDraft(null, "\uFEFF\u200D", today, 3200, 39)),
                        "babies[0].name", "Enter the baby's name."),
                Arguments.of("10,000-character name", draft(huge, "Doe", ok), "firstName", "Use at most 100 characters."),
                Arguments.of("empty baby name", draft("Jane", "Doe", new BabyDraft(null, "", today, 3200, 39)),
                        "babies[0].name", "Enter the baby's name."),
                Arguments.of("birth date in the future", draft("Jane", "Doe", new BabyDraft(null, "Ada", today.plusDays(2), 3200, 39)),
                        "babies[0].dateOfBirth", "The date of birth cannot be in the future."),
                Arguments.of("birth weight zero", draft("Jane", "Doe", new BabyDraft(null, "Ada", today, 0, 39)),
                        "babies[0].birthWeightGrams", "Birth weight must be between 1 and 7,000 g."),
                Arguments.of("birth weight negative", draft("Jane", "Doe", new BabyDraft(null, "Ada", today, -5, 39)),
                        "babies[0].birthWeightGrams", "Birth weight must be between 1 and 7,000 g."),
                Arguments.of("birth weight over 7,000 g", draft("Jane", "Doe", new BabyDraft(null, "Ada", today, 7001, 39)),
                        "babies[0].birthWeightGrams", "Birth weight must be between 1 and 7,000 g."),
                Arguments.of("gestation 21 weeks", draft("Jane", "Doe", new BabyDraft(null, "Ada", today, 3000, 21)),
                        "babies[0].gestationalAgeWeeks", "Gestational age must be between 22 and 44 weeks."),
                Arguments.of("gestation 45 weeks", draft("Jane", "Doe", new BabyDraft(null, "Ada", today, 3000, 45)),
                        "babies[0].gestationalAgeWeeks", "Gestational age must be between 22 and 44 weeks."),
                Arguments.of("10,000-character baby name", draft("Jane", "Doe", new BabyDraft(null, huge, today, 3000, 39)),
                        "babies[0].name", "Use at most 100 characters."));
    }

    private static ClientDraft draft(String first, String last, BabyDraft baby) {
        return new ClientDraft(first, last, "", "", List.of(baby));
    }

    @ParameterizedTest(name = "{0} is refused with a clear message and no row written")
    @MethodSource("bad_clients")
    void bad_client_input_is_refused_and_nothing_is_written(String name, ClientDraft draft, String field, String message) {
        DyadUser staff = user("willow.frontdesk");
        int clientsBefore = dsl.fetchCount(CLIENT);
        int babiesBefore = dsl.fetchCount(BABY);
        assertThatThrownBy(() -> clients.create(staff, draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry(field, message));
        assertThat(dsl.fetchCount(CLIENT)).isEqualTo(clientsBefore);
        assertThat(dsl.fetchCount(BABY)).isEqualTo(babiesBefore);
    }

    @Test
    void html_in_names_is_stored_verbatim_as_text() {
        DyadUser staff = user("willow.frontdesk");
        String html = "<img src=x onerror=alert(1)><b>Bold</b>";
        long id = clients.create(staff, draft(html, "Doe", new BabyDraft(null, "<script>x()</script>", LocalDate.now(), 3000, 40)));
        var details = clients.get(staff, id);
        assertThat(details.firstName()).isEqualTo(html);
        assertThat(details.babies()).extracting(b -> b.name()).containsExactly("<script>x()</script>");
    }

    @Test
    void a_valid_client_with_babies_is_saved_and_audited() {
        DyadUser staff = user("willow.consultant");
        long id = clients.create(staff, new ClientDraft("Jane", "Doe", "jane@example.org", "+44 20 7946 0000",
                List.of(new BabyDraft(null, "Ada", LocalDate.now().minusDays(3), 3300, 40),
                        new BabyDraft(null, "Bo", LocalDate.now().minusDays(3), 3100, 40))));
        assertThat(clients.get(staff, id).babies()).hasSize(2);
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.created").and(AUDIT_EVENT.SUBJECT_ID.eq(id)))).isEqualTo(1);
    }

    @Test
    void save_pressed_again_with_the_forms_request_key_keeps_one_client_with_what_was_typed_last() {
        DyadUser staff = user("willow.frontdesk");
        java.util.UUID key = java.util.UUID.randomUUID();
        int before = dsl.fetchCount(CLIENT);
        long first = clients.create(staff, draft("Retry", "Once", new BabyDraft(null, "Kit", LocalDate.now(), 3200, 39)), key);
        long again = clients.create(staff, draft("Retry", "Twice", new BabyDraft(null, "Kit", LocalDate.now(), 3200, 39)), key);

        assertThat(again).isEqualTo(first);
        assertThat(dsl.fetchCount(CLIENT)).isEqualTo(before + 1);
        assertThat(clients.get(staff, first).lastName()).isEqualTo("Twice");
        assertThat(clients.get(staff, first).babies()).extracting(b -> b.name()).containsExactly("Kit");
        assertThat(dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("client.created").and(AUDIT_EVENT.SUBJECT_ID.eq(first))))
                .isEqualTo(1);
        long other = clients.create(staff, draft("Retry", "Twice", new BabyDraft(null, "Kit", LocalDate.now(), 3200, 39)),
                java.util.UUID.randomUUID());
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void audit_rows_cannot_be_changed_or_deleted() {
        long anyId = dsl.select(AUDIT_EVENT.ID).from(AUDIT_EVENT).limit(1).fetchOne(AUDIT_EVENT.ID);
        assertThatThrownBy(() -> dsl.update(AUDIT_EVENT).set(AUDIT_EVENT.ACTION, "tampered").where(AUDIT_EVENT.ID.eq(anyId)).execute())
                .hasMessageContaining("audit events are append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ID.eq(anyId)).execute())
                .hasMessageContaining("audit events are append-only");
    }

    private DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }
}
