package org.dyad.testkit;

import org.dyad.core.security.DyadUser;

/** A clinic of the fixture with one user of every clinic role and two parents with a client record and a baby each. */
public record TestClinic(long id, String name, DyadUser admin, DyadUser consultant, DyadUser frontDesk,
                         TestParent parent1, TestParent parent2) {
}
