package org.dyad.testkit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.api.Role;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDetails;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.springframework.context.ApplicationContext;

/** Creates the two clinics and the platform administrator of the fixture. Every account's password is {@link #PASSWORD}. */
final class Fixtures {

    static final String PASSWORD = "testkit-password";

    private final ClinicService clinics;
    private final AccountService accounts;
    private final ClientService clients;

    Fixtures(ApplicationContext context) {
        this.clinics = context.getBean(ClinicService.class);
        this.accounts = context.getBean(AccountService.class);
        this.clients = context.getBean(ClientService.class);
    }

    DyadUser platformAdmin() {
        return user("platform-admin", "Platform Admin", Role.PLATFORM_ADMIN, null, null);
    }

    /** Clinic "a" or "b": usernames are {@code <key>-admin}, {@code <key>-consultant}, {@code <key>-parent1} … */
    TestClinic clinic(String key) {
        long id = clinics.create("Clinic " + key.toUpperCase(), ZoneId.of("Europe/Berlin"), "en");
        DyadUser admin = user(key + "-admin", "Admin " + key, Role.CLINIC_ADMIN, id, null);
        DyadUser consultant = user(key + "-consultant", "Consultant " + key, Role.CONSULTANT, id, null);
        DyadUser frontDesk = user(key + "-front-desk", "Front desk " + key, Role.FRONT_DESK, id, null);
        return new TestClinic(id, "Clinic " + key.toUpperCase(), admin, consultant, frontDesk,
                parent(key, 1, consultant), parent(key, 2, consultant));
    }

    private TestParent parent(String key, int n, DyadUser staff) {
        String first = "Parent" + n;
        long clientId = TestKit.as(staff, () -> clients.create(staff, new ClientDraft(first, "Clinic" + key.toUpperCase(),
                "", "", List.of(new BabyDraft(null, "Baby " + key + n, LocalDate.now().minusDays(10 + n), 3400, 39)))));
        DyadUser parent = user(key + "-parent" + n, first + " " + key, Role.PARENT, staff.clinicId(), clientId);
        ClientDetails details = clients.get(staff, clientId);
        return new TestParent(parent, new ClientRef(details.clinicId(), clientId, details.displayName(),
                details.babies().stream().map(b -> new ClientRef.BabyRef(b.id(), b.name(), b.dateOfBirth(),
                        b.birthWeightGrams(), b.gestationalAgeWeeks())).toList()));
    }

    private DyadUser user(String username, String name, Role role, Long clinicId, Long clientId) {
        long id = accounts.create(null, username, name, role, clinicId, clientId, PASSWORD);
        return accounts.findUser(id).orElseThrow();
    }
}
