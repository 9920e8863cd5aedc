package org.dyad.api.extension;

import java.util.List;
import org.dyad.api.ClientRef;
import org.pf4j.ExtensionPoint;

/**
 * Export and erasure of one client's data held by a plugin, for the client's data rights. Every plugin that stores
 * client data provides one; the test kit's contract test checks that it covers every table of the plugin.
 *
 * <p>Both run inside the platform's transaction for the whole request: a failure rolls back every module's part.
 *
 * @since 1.0
 */
public interface ClientDataHandler extends ExtensionPoint {

    /** The plugin's tables that hold client data, e.g. {@code session_log_entry}. */
    List<String> tables();

    /** Writes the client's data as named files (JSON or CSV) into the export. */
    void export(ClientRef client, ExportSink sink);

    /** Deletes every row of the client in the plugin's tables. */
    void erase(ClientRef client);

    /**
     * Where an export writes its files.
     *
     * @since 1.0
     */
    interface ExportSink {
        void file(String name, String content);
    }
}
