package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.api.AuditLog;
import org.dyad.api.ClinicData;
import org.dyad.api.ValidationException;
import org.jooq.DSLContext;

/**
 * One import, bound to the user, clinic and time of {@link SessionLogService#prepareImport}: {@link #write} checks
 * every entry and stores all of them in one transaction or none, and may run on any thread; {@link #complete} records
 * the audit event and must run where the user is known (the request or {@code UI.access}).
 */
public final class ImportJob {

    /** Told how many rows are written so far, after each batch. */
    @FunctionalInterface
    public interface Progress {
        void written(int done, int total);
    }

    private final ClinicData data;
    private final EntryRepository repository;
    private final AuditLog audit;
    private final long clientId;
    private final List<? extends Entry> entries;
    private final long userId;
    private final Instant now;

    ImportJob(ClinicData data, EntryRepository repository, AuditLog audit, long clientId, List<? extends Entry> entries,
              long userId, Instant now) {
        this.data = data;
        this.repository = repository;
        this.audit = audit;
        this.clientId = clientId;
        this.entries = entries;
        this.userId = userId;
        this.now = now;
    }

    public int size() {
        return entries.size();
    }

    /**
     * Checks and writes every entry, or nothing.
     *
     * @throws ValidationException naming the first entry (1-based position) that breaks a rule
     */
    public int write(Progress progress) {
        if (entries.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            requireAt(i, () -> EntryRules.requireNotInFuture(entry, now));
        }
        data.inTransaction(dsl -> {
            for (long babyId : babies()) {
                SessionLogService.requireBabyOf(repository, dsl, clientId, babyId);
            }
            requireNoOverlap(dsl);
            repository.insertAll(dsl, clientId, entries, userId, now,
                    done -> progress.written(done, entries.size()));
            return null;
        });
        return entries.size();
    }

    /** Records the import in the audit log; call it after {@link #write} succeeded, as the user. */
    public void complete() {
        audit.record("session-log.entries.imported", SessionLogService.SUBJECT, null, clientId,
                entries.size() + " entries");
    }

    private void requireNoOverlap(DSLContext dsl) {
        Instant from = entries.stream().map(Entry::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant to = entries.stream().map(Entry::end).max(Comparator.naturalOrder()).orElseThrow();
        List<Entry> known = new ArrayList<>(repository.breastfeeds(dsl, babies(), from, to, -1));
        List<Entry> all = new ArrayList<>(known);
        all.addAll(entries);
        if (!EntryRules.anyOverlap(all)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            requireAt(i, () -> EntryRules.requireNoOverlap(entry, known));
            if (entry instanceof Breastfeed feed) {
                known.add(feed);
            }
        }
    }

    private Set<Long> babies() {
        return entries.stream().map(Entry::babyId).collect(Collectors.toSet());
    }

    private static void requireAt(int index, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            throw new ValidationException("", "Entry " + (index + 1) + ": " + String.join(" ", e.messages()));
        }
    }
}
