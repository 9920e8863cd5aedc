package org.dyad.core.rights;

import java.util.List;

/**
 * A finished export: a ZIP of JSON and CSV files.
 *
 * @param fileName a suggested file name without the client's name, e.g. {@code client-42-export.zip}
 * @param files the names of the files inside the ZIP, in the order written
 */
public record ClientExport(String fileName, byte[] zip, List<String> files) {
    public ClientExport {
        files = List.copyOf(files);
    }
}
