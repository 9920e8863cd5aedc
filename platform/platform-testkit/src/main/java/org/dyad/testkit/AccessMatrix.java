package org.dyad.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.AccountService;
import org.jooq.DSLContext;
import org.springframework.beans.factory.BeanFactory;

/**
 * The service-method authorization matrix of a module: every method of the declared service classes × the eight
 * {@link Actor}s. Declare the classes that read or write client data and one {@link MatrixRow} per method; then
 * {@link #run()}:
 * <ul>
 *   <li>fails when a method of a declared class has no row and is not {@linkplain #exclude excluded} with a reason
 *       (every non-private instance method declared in the class counts), so a new method cannot slip by;</li>
 *   <li>calls each row once per actor, signed in as that actor, and asserts it completes for the allowed actors and
 *       throws {@link org.dyad.api.AccessDeniedException} for all others;</li>
 *   <li>asserts each allowed call wrote its {@linkplain MatrixRow#audits audit events} for the client (audit
 *       completeness), and that each refused call changed no table (checksums of every table but the audit trail)
 *       and audited nothing as done;</li>
 *   <li>writes {@link Figures} {@code service-matrix-<module>}.</li>
 * </ul>
 *
 * <pre>{@code
 * AccessMatrix matrix = AccessMatrix.forPlugin(kit).services(NoteStore.class);
 * matrix.row(NoteStore.class, "add")
 *         .call(cell -> new NoteStore(kit.context()).add(cell.clientId(), "Seen today"))
 *         .allow(Actor.CONSULTANT, Actor.CLINIC_ADMIN)
 *         .audits("example-plugin.note.created");
 * matrix.run();
 * }</pre>
 *
 * @since 1.0.0
 */
public final class AccessMatrix {

    private final String module;
    private final MatrixCast cast;
    private final DSLContext dsl;
    private final FreshClients fresh;
    private final Set<Class<?>> services = new LinkedHashSet<>();
    private final Map<String, String> excluded = new LinkedHashMap<>();
    private final List<MatrixRow> rows = new ArrayList<>();

    private AccessMatrix(String module, MatrixCast cast, DSLContext dsl, FreshClients fresh) {
        this.module = module;
        this.cast = cast;
        this.dsl = dsl;
        this.fresh = fresh;
    }

    /** The matrix of the plugin under test, over the test kit's fixture ({@link MatrixCast#of(TestKit)}). */
    public static AccessMatrix forPlugin(TestKit kit) {
        return new AccessMatrix(kit.pluginId(), MatrixCast.of(kit), kit.dsl(),
                new FreshClients(kit.bean(ClientService.class), kit.bean(AccountService.class)));
    }

    /** A matrix over any running host (e.g. the whole web app), named {@code module} in its figures. */
    public static AccessMatrix forHost(String module, BeanFactory host, MatrixCast cast) {
        return new AccessMatrix(module, cast, host.getBean(DSLContext.class),
                new FreshClients(host.getBean(ClientService.class), host.getBean(AccountService.class)));
    }

    /** The classes whose every method needs a row. */
    public AccessMatrix services(Class<?>... classes) {
        services.addAll(List.of(classes));
        return this;
    }

    /** Leaves a method out of the coverage check, for the reason given (it reads and writes no client data …). */
    public AccessMatrix exclude(Class<?> service, String method, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("Say why " + method + " needs no row.");
        }
        excluded.put(service.getName() + "#" + method, reason);
        return this;
    }

    /** A new row for the method ({@code name}, or {@code name(Type,Type)} where the name is overloaded). */
    public MatrixRow row(Class<?> service, String method) {
        MatrixRow row = new MatrixRow(service, method);
        rows.add(row);
        return row;
    }

    /** Runs every cell, writes the figures, and fails listing every problem found. */
    public MatrixFigures run() {
        List<String> problems = new ArrayList<>();
        int methods = coverage(problems);
        MatrixDatabase db = new MatrixDatabase(dsl);
        MatrixRun run = new MatrixRun(cast, db, fresh, problems);
        for (MatrixRow row : rows) {
            if (valid(row, problems)) {
                run.row(row);
            }
        }
        MatrixFigures figures = new MatrixFigures(module, services.size(), methods, excluded.size(), rows.size(),
                run.cells, run.allowedCells, run.refusedCells, run.auditChecked, db.watched().size(), problems.size());
        figures.write();
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) in the access matrix of " + module + ":\n  "
                    + String.join("\n  ", problems));
        }
        return figures;
    }

    private int coverage(List<String> problems) {
        int covered = 0;
        for (Class<?> service : services) {
            for (String method : ServiceMethods.of(service)) {
                boolean hasRow = rows.stream().anyMatch(r -> r.service == service && ServiceMethods.covers(r.method, method));
                if (excluded.containsKey(service.getName() + "#" + method)) {
                    if (hasRow) {
                        problems.add(service.getSimpleName() + "#" + method + " is excluded but also has a row");
                    }
                } else if (hasRow) {
                    covered++;
                } else {
                    problems.add(service.getSimpleName() + "#" + method + " has no row in the access matrix "
                            + "(add one, or exclude it with the reason it touches no client data)");
                }
            }
        }
        for (MatrixRow row : rows) {
            if (!services.contains(row.service)) {
                problems.add(row.name() + ": its class is not declared with services(...)");
            } else if (ServiceMethods.of(row.service).stream().noneMatch(m -> ServiceMethods.covers(row.method, m))) {
                problems.add(row.name() + ": no such method (non-private, non-static, declared in the class)");
            }
        }
        excluded.keySet().stream()
                .filter(key -> services.stream().noneMatch(s -> ServiceMethods.of(s).stream()
                        .anyMatch(m -> key.equals(s.getName() + "#" + m))))
                .forEach(key -> problems.add(key + " is excluded but is no method of a declared class"));
        return covered;
    }

    private static boolean valid(MatrixRow row, List<String> problems) {
        List<String> missing = new ArrayList<>();
        if (row.call == null) {
            missing.add("call(...)");
        }
        if (row.allowed == null) {
            missing.add("allow(...)");
        }
        if (row.allowed != null && !row.allowed.isEmpty() && row.audits.isEmpty() && row.notAudited == null) {
            missing.add("audits(...) or notAudited(reason)");
        }
        if (!missing.isEmpty()) {
            problems.add(row.name() + ": the row lacks " + String.join(", ", missing));
        }
        return missing.isEmpty();
    }
}
