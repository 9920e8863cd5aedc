package org.dyad.testkit;

/**
 * What an {@link AccessMatrix} run covered, also written as {@link Figures} {@code service-matrix-<module>}.
 *
 * @param module         the plugin id, or the host's name for its own matrix
 * @param services       service classes declared
 * @param methods        their methods covered by rows
 * @param excluded       methods excluded with a reason
 * @param rows           rows (a method may have several)
 * @param cells          row × actor cells run (8 actors per row)
 * @param allowedCells   cells that were allowed, as declared
 * @param refusedCells   cells that were refused, as declared, with no table changed
 * @param auditChecked   audit events found as expected after allowed calls
 * @param tablesWatched  tables whose checksum each refused call must leave unchanged
 * @param problems       what went against the rows (the run fails when not 0)
 * @since 1.0.0
 */
public record MatrixFigures(String module, int services, int methods, int excluded, int rows, int cells,
                            int allowedCells, int refusedCells, int auditChecked, int tablesWatched, int problems) {

    void write() {
        new Figures("service-matrix-" + module, "Every service method that reads or writes client data × 8 actors "
                + "(anonymous, parent A, parent B, front desk, consultant, clinic admin, other clinic's admin, "
                + "platform admin): allowed or refused as declared, allowed calls audited for the client, refused "
                + "calls change no table; a method without a row fails")
                .put("services", services).put("methods", methods).put("excluded", excluded).put("rows", rows)
                .put("roles", Actor.values().length).put("cells", cells).put("allowedCells", allowedCells)
                .put("refusedCells", refusedCells).put("auditChecked", auditChecked)
                .put("tablesWatched", tablesWatched).put("problems", problems)
                .write();
    }
}
