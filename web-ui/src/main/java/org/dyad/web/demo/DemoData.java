package org.dyad.web.demo;

import static org.dyad.db.jooq.Tables.MODULE_STATE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.dyad.api.Role;
import org.dyad.core.client.BabyDraft;
import org.dyad.core.client.ClientDraft;
import org.dyad.core.client.ClientService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.db.Utc;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a first start on the embedded database: two clinics in different time zones, staff of every role,
 * about 25 clients with babies aged 0–6 months, and portal accounts for some parents. Never runs unless asked for.
 */
public class DemoData {

    public static final String PASSWORD = "dyad-demo-2026";
    public static final List<String> MODULES = List.of("session-log", "breathing-coach", "education-library",
            "consultant-notes");
    /** The plugin guide's example: installed in development, enabled for the demo clinics only when asked for. */
    public static final String EXAMPLE_MODULE = "example-plugin";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final String[][] PARENTS = {
        {"Maya", "Okafor", "Zuri"}, {"Sofia", "Lindqvist", "Elsa"}, {"Aisha", "Rahman", "Idris"}, {"Hannah", "Becker", "Leo"},
        {"Priya", "Nair", "Anika"}, {"Chloe", "Martin", "Jules"}, {"Fatima", "Haddad", "Yusuf"}, {"Emma", "Walsh", "Rory"},
        {"Lucia", "Romero", "Mateo"}, {"Grace", "Kim", "Min-jun"}, {"Olivia", "Brown", "Noah"}, {"Amara", "Diallo", "Sekou"},
        {"Ingrid", "Solberg", "Astrid"}, {"Noor", "Hassan", "Layla"}, {"Julia", "Novak", "Filip"}, {"Rachel", "Cohen", "Eli"},
        {"Mei", "Chen", "Lin"}, {"Sarah", "O'Neill", "Finn"}, {"Zoe", "Papadopoulos", "Nikos"}, {"Ana", "Silva", "Tomas"},
        {"Leah", "Fischer", "Mila"}, {"Kemi", "Adeyemi", "Tobi"}, {"Isabel", "Garcia", "Lucas"}, {"Nadia", "Petrova", "Sasha"},
        {"Claire", "Dubois", "Ines"}
    };

    private final ClinicService clinics;
    private final AccountService accounts;
    private final ClientService clients;
    private final DSLContext dsl;
    private final Clock clock;
    private final boolean exampleModule;
    private final List<SeededClinic> seeded = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A demo clinic as written: its consultant, clients and the clients with a portal account, in creation order. */
    public record SeededClinic(long clinicId, ZoneId zone, long consultantId, List<Long> clientIds,
                               List<Long> portalClientIds) {
    }

    public DemoData(ClinicService clinics, AccountService accounts, ClientService clients, DSLContext dsl, Clock clock,
                    boolean exampleModule) {
        this.exampleModule = exampleModule;
        this.clinics = clinics;
        this.accounts = accounts;
        this.clients = clients;
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Writes the demo data unless a clinic exists already. Returns whether it wrote anything. */
    @Transactional
    public boolean seedIfEmpty() {
        if (!clinics.all().isEmpty()) {
            return false;
        }
        accounts.create(null, "platform", "Platform Administrator", Role.PLATFORM_ADMIN, null, null, PASSWORD);
        seedClinic("Willow Lactation Care", ZoneId.of("Europe/London"), "willow", 0, 13);
        seedClinic("Harbor Feeding Clinic", ZoneId.of("America/New_York"), "harbor", 13, PARENTS.length);
        log.info("Demo data written: 2 clinics, {} clients", PARENTS.length);
        return true;
    }

    private void seedClinic(String name, ZoneId zone, String prefix, int from, int to) {
        long clinicId = clinics.create(name, zone, "en");
        long adminId = accounts.create(null, prefix + ".admin", "Dana Reyes (" + name.split(" ")[0] + ")", Role.CLINIC_ADMIN,
                clinicId, null, PASSWORD);
        long consultantId = accounts.create(null, prefix + ".consultant", prefix.equals("willow") ? "Ruth Ellis, IBCLC" : "Joy Park, IBCLC",
                Role.CONSULTANT, clinicId, null, PASSWORD);
        accounts.create(null, prefix + ".frontdesk", prefix.equals("willow") ? "Tom Hale" : "Ana Cruz", Role.FRONT_DESK,
                clinicId, null, PASSWORD);
        DyadUser admin = accounts.findUser(adminId).orElseThrow();
        Random random = new Random(clinicId * 31);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Long> clientIds = new java.util.ArrayList<>();
        List<Long> portalIds = new java.util.ArrayList<>();
        for (int i = from; i < to; i++) {
            String[] p = PARENTS[i];
            LocalDate born = today.minusDays(random.nextInt(180));
            BabyDraft baby = new BabyDraft(null, p[2], born, 2600 + random.nextInt(1700), 36 + random.nextInt(6));
            long clientId = clients.create(admin, new ClientDraft(p[0], p[1],
                    p[0].toLowerCase() + "@example.org", "", List.of(baby)));
            clientIds.add(clientId);
            if (i - from < 3) {
                portalIds.add(clientId);
                accounts.create(null, "parent." + p[0].toLowerCase(), p[0] + " " + p[1], Role.PARENT, clinicId, clientId, PASSWORD);
            }
        }
        List<String> modules = new java.util.ArrayList<>(MODULES);
        if (exampleModule) {
            modules.add(EXAMPLE_MODULE);
        }
        for (String module : modules) {
            dsl.insertInto(MODULE_STATE)
                    .set(MODULE_STATE.CLINIC_ID, clinicId).set(MODULE_STATE.MODULE_ID, module)
                    .set(MODULE_STATE.ENABLED, true).set(MODULE_STATE.CHANGED_AT, Utc.toDb(clock.instant()))
                    .execute();
        }
        seeded.add(new SeededClinic(clinicId, zone, consultantId, List.copyOf(clientIds), List.copyOf(portalIds)));
    }

    /** The clinics the last {@link #seedIfEmpty} wrote; empty when it wrote nothing. */
    public List<SeededClinic> seeded() {
        return List.copyOf(seeded);
    }
}
