package org.dyad.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.Permission;
import org.dyad.api.extension.ClientDataHandler;
import org.dyad.api.extension.ClientTab;
import org.dyad.api.extension.DashboardCard;
import org.dyad.api.extension.PortalCard;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.core.security.DyadUser;
import org.junit.jupiter.api.Test;

/**
 * The contract every plugin passes. Extend it once per plugin in an {@code *IT} class and implement
 * {@link #createClientData}:
 *
 * <pre>{@code
 * class SessionLogContractIT extends PluginContractTest {
 *     protected void createClientData(TestKit kit, TestParent parent) {
 *         new EntryService(kit.context()).log(parent.clientId(), ...);
 *     }
 * }
 * }</pre>
 *
 * <p>What it checks: permissions are declared and named {@code <module-id>.…}; every page, tab and card requires a
 * declared permission; every plugin table (prefix {@code <module_id>_}) has {@code clinic_id}; the
 * {@link ClientDataHandler}s name exactly the plugin tables that have {@code client_id}; clinic A's staff never read
 * (export) nor erase clinic B's rows; erase (run as the clinic admin, whom the host's data rights require) leaves no row of the client in any plugin table and spares other clients;
 * disabling keeps every row and enabling again shows the same export.
 *
 * <p>Requirement on the export: for the same data it writes the same files (no "exported at" time of its own).
 */
@DyadPluginTest
public abstract class PluginContractTest {

    /**
     * Creates the plugin's data for the client, at least one row in every plugin table that has {@code client_id}.
     * Runs while acting as the consultant of the parent's clinic; switch users with {@link TestKit#as} if needed.
     */
    protected abstract void createClientData(TestKit kit, TestParent parent);

    private static final Map<TestKit, Boolean> SEEDED = new java.util.concurrent.ConcurrentHashMap<>();

    @Test
    void the_module_declares_permissions_named_after_it(TestKit kit) {
        List<Permission> permissions = kit.module().permissions();
        assertThat(permissions).as("declared permissions").isNotEmpty();
        assertThat(permissions).allSatisfy(p -> {
            assertThat(p.id()).startsWith(kit.pluginId() + ".");
            assertThat(p.defaultRoles()).as("default roles of " + p.id()).isNotEmpty();
        });
    }

    @Test
    void every_page_tab_and_card_requires_a_declared_permission(TestKit kit) {
        Set<String> declared = new LinkedHashSet<>(kit.module().permissions().stream().map(Permission::id).toList());
        List<String> required = new java.util.ArrayList<>();
        kit.extensions(StaffPage.class).forEach(p -> required.add(p.requiredPermission()));
        kit.extensions(PortalPage.class).forEach(p -> required.add(p.requiredPermission()));
        kit.extensions(ClientTab.class).forEach(p -> required.add(p.requiredPermission()));
        kit.extensions(DashboardCard.class).forEach(p -> required.add(p.requiredPermission()));
        kit.extensions(PortalCard.class).forEach(p -> required.add(p.requiredPermission()));
        assertThat(required).allSatisfy(r -> assertThat(declared).contains(r));
    }

    @Test
    void every_plugin_table_carries_clinic_id(TestKit kit) {
        assertThat(kit.pluginTables()).allSatisfy(table ->
                assertThat(PluginTables.hasColumn(kit.dsl(), table, "clinic_id")).as(table + ".clinic_id").isTrue());
    }

    @Test
    void the_data_handlers_cover_every_plugin_table_with_client_data(TestKit kit) {
        Set<String> withClientData = new LinkedHashSet<>(clientTables(kit));
        Set<String> handled = new LinkedHashSet<>();
        kit.extensions(ClientDataHandler.class).forEach(h -> handled.addAll(h.tables()));
        assertThat(handled).as("tables named by the ClientDataHandlers").containsExactlyInAnyOrderElementsOf(withClientData);
    }

    @Test
    void clinic_a_never_reads_nor_erases_clinic_b_rows(TestKit kit) {
        requireClientData(kit);
        seed(kit);
        TestClinic a = kit.clinicA();
        TestClinic b = kit.clinicB();
        ClientRef target = b.parent2().client();
        Map<String, String> seenByABefore = export(kit, a.consultant(), target);
        TestKit.as(b.consultant(), () -> createClientData(kit, b.parent2()));
        Map<String, String> seenByAAfter = export(kit, a.consultant(), target);
        Map<String, String> seenByB = export(kit, b.consultant(), target);

        assertThat(seenByB).as("clinic B's own export of its client").isNotEqualTo(seenByAAfter);
        assertThat(seenByAAfter).as("what clinic A's staff export of clinic B's client").isEqualTo(seenByABefore);
        Map<String, Integer> rowsBefore = clientRows(kit, target.clientId());
        erase(kit, a.admin(), target);
        assertThat(clientRows(kit, target.clientId())).as("clinic B's rows after clinic A erased").isEqualTo(rowsBefore);
    }

    @Test
    void erase_leaves_no_row_of_the_client_and_spares_other_clients(TestKit kit) {
        requireClientData(kit);
        seed(kit);
        TestClinic a = kit.clinicA();
        TestKit.as(a.consultant(), () -> createClientData(kit, a.parent2()));
        assertThat(clientRows(kit, a.parent2().clientId())).as("rows created by createClientData")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        Map<String, Integer> others = clientRows(kit, a.parent1().clientId());

        erase(kit, a.admin(), a.parent2().client());

        assertThat(clientRows(kit, a.parent2().clientId())).allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(clientRows(kit, a.parent1().clientId())).as("another client's rows").isEqualTo(others);
    }

    @Test
    void disabling_keeps_the_data_and_enabling_shows_it_again(TestKit kit) {
        seed(kit);
        TestClinic a = kit.clinicA();
        Map<String, Integer> rows = clinicRows(kit, a.id());
        Map<String, String> exported = export(kit, a.consultant(), a.parent1().client());
        try {
            kit.disable(a);
            assertThat(clinicRows(kit, a.id())).as("rows while disabled").isEqualTo(rows);
            assertThat(kit.contributions().staffMenu(a.consultant()))
                    .noneSatisfy(entry -> assertThat(entry.moduleId()).isEqualTo(kit.pluginId()));
        } finally {
            kit.enable(a);
        }
        assertThat(clinicRows(kit, a.id())).isEqualTo(rows);
        assertThat(export(kit, a.consultant(), a.parent1().client())).isEqualTo(exported);
    }

    private void seed(TestKit kit) {
        SEEDED.computeIfAbsent(kit, k -> {
            TestKit.as(k.clinicA().consultant(), () -> createClientData(k, k.clinicA().parent1()));
            TestKit.as(k.clinicB().consultant(), () -> createClientData(k, k.clinicB().parent1()));
            return true;
        });
    }

    private static void requireClientData(TestKit kit) {
        org.junit.jupiter.api.Assumptions.assumeFalse(clientTables(kit).isEmpty(),
                "The plugin keeps no client data (no plugin table has client_id).");
    }

    private static List<String> clientTables(TestKit kit) {
        return kit.pluginTables().stream().filter(t -> PluginTables.hasColumn(kit.dsl(), t, "client_id")).toList();
    }

    private static Map<String, Integer> clientRows(TestKit kit, long clientId) {
        return rows(kit, clientTables(kit), t -> PluginTables.rows(kit.dsl(), t, "client_id", clientId));
    }

    private static Map<String, Integer> clinicRows(TestKit kit, long clinicId) {
        return rows(kit, kit.pluginTables(), t -> PluginTables.rows(kit.dsl(), t, "clinic_id", clinicId));
    }

    private static Map<String, Integer> rows(TestKit kit, List<String> tables, Function<String, Integer> count) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        tables.forEach(t -> rows.put(t, count.apply(t)));
        return rows;
    }

    /** The export's files by name; an access refusal counts as an empty export. */
    private static Map<String, String> export(TestKit kit, DyadUser user, ClientRef client) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            TestKit.as(user, () -> kit.extensions(ClientDataHandler.class).forEach(h -> h.export(client, files::put)));
        } catch (AccessDeniedException refused) {
            files.clear();
        }
        return files;
    }

    private static void erase(TestKit kit, DyadUser user, ClientRef client) {
        assertThatCode(() -> TestKit.as(user, () -> kit.extensions(ClientDataHandler.class).forEach(h -> {
            try {
                h.erase(client);
            } catch (AccessDeniedException refused) {
                // refusing is a correct answer to another clinic's client
            }
        }))).doesNotThrowAnyException();
    }
}
