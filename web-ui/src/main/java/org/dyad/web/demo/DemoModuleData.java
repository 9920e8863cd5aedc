package org.dyad.web.demo;

import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;

import java.util.List;
import org.dyad.api.ClientRef;
import org.dyad.api.extension.DemoDataContributor.DemoClinic;
import org.dyad.core.module.DemoContributions;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modules' sample data for the demo clinics, only when {@code dyad.demo.module-data=true} (the README's run
 * command). Runs after the demo data committed, outside its transaction: a module that fails leaves the rest standing.
 */
final class DemoModuleData {

    private static final Logger log = LoggerFactory.getLogger(DemoModuleData.class);

    private final DemoContributions contributions;
    private final AccountService accounts;
    private final DSLContext dsl;

    DemoModuleData(DemoContributions contributions, AccountService accounts, DSLContext dsl) {
        this.contributions = contributions;
        this.accounts = accounts;
        this.dsl = dsl;
    }

    void write(List<DemoData.SeededClinic> clinics) {
        for (DemoData.SeededClinic seeded : clinics) {
            DyadUser consultant = accounts.findUser(seeded.consultantId()).orElseThrow();
            DemoClinic clinic = new DemoClinic(seeded.clinicId(), seeded.zone(),
                    seeded.clientIds().stream().map(this::client).toList(), seeded.portalClientIds());
            List<String> modules = contributions.write(consultant, clinic);
            log.info("Demo module data for clinic {}: {}", seeded.clinicId(), modules);
        }
    }

    private ClientRef client(long clientId) {
        var row = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchSingle();
        List<ClientRef.BabyRef> babies = dsl.selectFrom(BABY).where(BABY.CLIENT_ID.eq(clientId)).orderBy(BABY.ID)
                .fetch(b -> new ClientRef.BabyRef(b.getId(), b.getName(), b.getDateOfBirth(), b.getBirthWeightG(),
                        b.getGestationalAgeWeeks()));
        return new ClientRef(row.getClinicId(), clientId, row.getFirstName() + " " + row.getLastName(), babies);
    }
}
