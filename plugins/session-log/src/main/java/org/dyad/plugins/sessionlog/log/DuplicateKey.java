package org.dyad.plugins.sessionlog.log;

import java.sql.SQLException;

/** Recognises MariaDB's "duplicate entry" error (1062) anywhere in an exception's causes. */
final class DuplicateKey {

    private static final int ER_DUP_ENTRY = 1062;

    private DuplicateKey() {
    }

    static boolean causedBy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ER_DUP_ENTRY) {
                return true;
            }
        }
        return false;
    }
}
