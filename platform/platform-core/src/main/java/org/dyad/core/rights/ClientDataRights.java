package org.dyad.core.rights;

import static org.dyad.db.jooq.Tables.APP_USER;
import static org.dyad.db.jooq.Tables.BABY;
import static org.dyad.db.jooq.Tables.CLIENT;
import static org.dyad.db.jooq.Tables.PORTAL_INVITATION;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.api.extension.ClientDataHandler;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.ClientAccess;
import org.dyad.core.module.ActiveModule;
import org.dyad.core.module.ModuleEnablement;
import org.dyad.core.module.ModuleRegistry;
import org.dyad.core.security.DyadUser;
import org.dyad.db.jooq.tables.records.ClientRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's right of access (export) and right to erasure, for clinic admins of the client's clinic. Both cover the
 * core tables and every module enabled for the clinic, through each module's {@link ClientDataHandler}; both are
 * audited. Module handlers run with the caller's security context, inside this service's transaction: a failure in
 * any module rolls the whole erasure back, and an export is complete or not produced at all.
 *
 * <p>Erasure verifies itself: after the handlers and the core deletes ran, {@link ClientRowScan} looks through every
 * table of the schema for the client's or babies' ids; if any row is left (for instance in a module that is disabled
 * and so was not asked), nothing is erased and the admin is told which table holds the rows.
 */
@Service
public class ClientDataRights {

    public static final String CONFIRMATION_MISMATCH = "Type the client's full name exactly as shown to confirm.";

    private final DSLContext dsl;
    private final ClientAccess access;
    private final AuditService audit;
    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final ClientRowScan scan;

    public ClientDataRights(DSLContext dsl, ClientAccess access, AuditService audit, ModuleRegistry registry,
                            ModuleEnablement enablement, ClientRowScan scan) {
        this.dsl = dsl;
        this.access = access;
        this.audit = audit;
        this.registry = registry;
        this.enablement = enablement;
        this.scan = scan;
    }

    /** Every file of the client's data, core and modules, as a ZIP. Audited as {@code client.exported}. */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public ClientExport export(DyadUser admin, long clientId) {
        ClientRef client = load(admin, clientId);
        Map<String, String> files = new LinkedHashMap<>();
        CoreExport.write(dsl, clientId, files::put);
        for (ActiveModule module : modules(client.clinicId())) {
            for (ClientDataHandler handler : module.extensions(ClientDataHandler.class)) {
                inModule(module.id(), "export", () -> handler.export(client, (name, content) ->
                        files.put("modules/" + module.id() + "/" + name, content)));
            }
        }
        audit.record(admin, client.clinicId(), "client.exported", "client", clientId, clientId, files.size() + " files");
        return new ClientExport("client-" + clientId + "-export.zip", zip(files), List.copyOf(files.keySet()));
    }

    /**
     * Deletes every row of the client and their babies, in the modules and the core. {@code typedName} is the second
     * step: the admin types the client's full name.
     *
     * @throws ValidationException when the typed name does not match, or rows would be left behind
     */
    @Transactional(noRollbackFor = AccessDeniedException.class)
    public Erasure erase(DyadUser admin, long clientId, String typedName) {
        ClientRef client = load(admin, clientId);
        if (!client.displayName().strip().equalsIgnoreCase(typedName == null ? "" : typedName.strip())) {
            throw new ValidationException("confirmation", CONFIRMATION_MISMATCH);
        }
        List<String> modules = new ArrayList<>();
        for (ActiveModule module : modules(client.clinicId())) {
            for (ClientDataHandler handler : module.extensions(ClientDataHandler.class)) {
                inModule(module.id(), "erasure", () -> handler.erase(client));
                modules.add(module.id());
            }
        }
        int coreRows = eraseCore(clientId);
        List<Long> babies = client.babies().stream().map(ClientRef.BabyRef::babyId).toList();
        Map<String, Integer> left = scan.rowsLeftAfterErasure(clientId, babies);
        if (!left.isEmpty()) {
            throw new ValidationException("", "Nothing was erased: " + left.keySet() + " would still hold this client's "
                    + "rows. Enable the module that owns the table for this clinic and try again.");
        }
        audit.record(admin, client.clinicId(), "client.erased", "client", clientId, clientId,
                coreRows + " core rows; modules " + modules);
        return new Erasure(clientId, modules, coreRows);
    }

    private int eraseCore(long clientId) {
        int rows = dsl.deleteFrom(PORTAL_INVITATION).where(PORTAL_INVITATION.CLIENT_ID.eq(clientId)).execute();
        rows += dsl.deleteFrom(APP_USER).where(APP_USER.CLIENT_ID.eq(clientId)).execute();
        rows += dsl.deleteFrom(BABY).where(BABY.CLIENT_ID.eq(clientId)).execute();
        return rows + dsl.deleteFrom(CLIENT).where(CLIENT.ID.eq(clientId)).execute();
    }

    private ClientRef load(DyadUser admin, long clientId) {
        ClientRecord row = dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchOne();
        access.check(admin, row == null ? null : row.getClinicId(), clientId);
        if (admin.role() != Role.CLINIC_ADMIN) {
            audit.record(admin, admin.clinicId(), "client.rights-denied", "client", clientId, clientId, null);
            throw new AccessDeniedException("Only a clinic admin can export or erase a client's data.");
        }
        List<ClientRef.BabyRef> babies = dsl.selectFrom(BABY).where(BABY.CLIENT_ID.eq(clientId)).orderBy(BABY.ID)
                .fetch(b -> new ClientRef.BabyRef(b.getId(), b.getName(), b.getDateOfBirth(), b.getBirthWeightG(),
                        b.getGestationalAgeWeeks()));
        return new ClientRef(row.getClinicId(), clientId, row.getFirstName() + " " + row.getLastName(), babies);
    }

    private List<ActiveModule> modules(long clinicId) {
        var available = enablement.availableModules(clinicId);
        return registry.active().stream().filter(m -> available.contains(m.id())).toList();
    }

    /** Runs a module's handler; a failure stops the whole request with a message naming the module. */
    private static void inModule(String moduleId, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(ClientDataRights.class).error("Plugin '{}' failed in {}", moduleId, what, e);
            throw new IllegalStateException("The module '" + moduleId + "' failed during the " + what
                    + "; nothing was changed. The error was logged.", e);
        }
    }

    private static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
