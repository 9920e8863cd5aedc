package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.List;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jooq.DSLContext;

/**
 * Adds, corrects, deletes (with undo), lists and imports log entries. Every method checks the permission and that the
 * current user may see the client, validates before writing, and writes an audit event.
 */
public final class SessionLogService {

    static final String SUBJECT = "session-log-entry";

    private final PluginContext context;

    public SessionLogService(PluginContext context) {
        this.context = context;
    }

    /** Stores a new entry after checking the baby, the clock and overlapping breastfeeds. */
    public LoggedEntry add(long clientId, Entry entry) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        EntryRules.requireNotInFuture(entry, now);
        long id = context.data().inTransaction(dsl -> {
            requireBabyOf(dsl, clientId, entry.babyId());
            requireNoOverlap(dsl, entry, -1);
            return repository().insert(dsl, clientId, entry, context.currentUser().userId(), now);
        });
        context.audit().record("session-log.entry.created", SUBJECT, id, clientId, entry.kind().name());
        return new LoggedEntry(id, clientId, entry);
    }

    /** Replaces an entry with a corrected one. */
    public LoggedEntry update(long clientId, long entryId, Entry entry) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        EntryRules.requireNotInFuture(entry, now);
        context.data().inTransaction(dsl -> {
            requireBabyOf(dsl, clientId, entry.babyId());
            requireNoOverlap(dsl, entry, entryId);
            if (!repository().update(dsl, clientId, entryId, entry, now)) {
                throw new ValidationException("", "This entry no longer exists.");
            }
            return null;
        });
        context.audit().record("session-log.entry.updated", SUBJECT, entryId, clientId, entry.kind().name());
        return new LoggedEntry(entryId, clientId, entry);
    }

    /** Deletes an entry; {@link #restore} brings it back (the portal's undo). */
    public void delete(long clientId, long entryId) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        boolean done = context.data().inTransaction(dsl -> repository().markDeleted(dsl, clientId, entryId, now));
        if (!done) {
            throw new ValidationException("", "This entry no longer exists.");
        }
        context.audit().record("session-log.entry.deleted", SUBJECT, entryId, clientId, null);
    }

    /** Undoes a {@link #delete}, unless a breastfeed logged since then overlaps it. */
    public void restore(long clientId, long entryId) {
        Access.requireWrite(context.currentUser(), clientId);
        context.data().inTransaction(dsl -> {
            if (!repository().restore(dsl, clientId, entryId)) {
                throw new ValidationException("", "This entry cannot be restored.");
            }
            LoggedEntry restored = repository().find(dsl, clientId, entryId).orElseThrow();
            requireNoOverlap(dsl, restored.entry(), entryId);
            return null;
        });
        context.audit().record("session-log.entry.restored", SUBJECT, entryId, clientId, null);
    }

    /** The client's entries matching the query, newest first. */
    public List<LoggedEntry> entries(long clientId, EntryQuery query) {
        Access.requireRead(context.currentUser(), clientId);
        List<LoggedEntry> entries = repository().list(context.data().dsl(), clientId, query);
        context.audit().record("session-log.entries.read", SUBJECT, null, clientId, entries.size() + " entries");
        return entries;
    }

    /** Every entry of the client, oldest first (for exports). */
    public List<LoggedEntry> all(long clientId) {
        Access.requireRead(context.currentUser(), clientId);
        List<LoggedEntry> entries = repository().all(context.data().dsl(), clientId);
        context.audit().record("session-log.entries.exported", SUBJECT, null, clientId, entries.size() + " entries");
        return entries;
    }

    /** Deletes every entry and timer of the client for good (the client's right to erasure). */
    public void erase(long clientId) {
        context.currentUser().requireClient(clientId);
        int erased = context.data().inTransaction(dsl -> repository().erase(dsl, clientId)
                + new TimerRepository(context.data().clinicId()).erase(dsl, clientId));
        context.audit().record("session-log.entries.erased", SUBJECT, null, clientId, erased + " rows");
    }

    /**
     * Stores all entries or none: every entry is checked against the clock, the client's babies and every breastfeed
     * (stored ones and the other imported ones) before anything is written.
     *
     * @throws ValidationException naming the first entry (1-based position) that breaks a rule
     */
    public int importAll(long clientId, List<? extends Entry> entries) {
        ImportJob job = prepareImport(clientId, entries);
        int written = job.write((done, total) -> { });
        job.complete();
        return written;
    }

    /**
     * Checks the permission and binds an import to the current user, clinic and time, so that its
     * {@link ImportJob#write} may run on a background thread (for a progress bar) while {@link ImportJob#complete}
     * (the audit event) runs back on a thread that serves the user.
     */
    public ImportJob prepareImport(long clientId, List<? extends Entry> entries) {
        Access.requireWrite(context.currentUser(), clientId);
        return new ImportJob(context.data(), repository(), context.audit(), clientId, List.copyOf(entries),
                context.currentUser().userId(), context.clock().instant());
    }

    private void requireNoOverlap(DSLContext dsl, Entry entry, long exceptId) {
        if (entry instanceof Breastfeed feed) {
            EntryRules.requireNoOverlap(feed,
                    repository().breastfeeds(dsl, List.of(feed.babyId()), feed.start(), feed.end(), exceptId));
        }
    }

    private void requireBabyOf(DSLContext dsl, long clientId, long babyId) {
        requireBabyOf(repository(), dsl, clientId, babyId);
    }

    static void requireBabyOf(EntryRepository repository, DSLContext dsl, long clientId, long babyId) {
        if (repository.clientOfBaby(dsl, babyId).filter(owner -> owner == clientId).isEmpty()) {
            throw new ValidationException("babyId", "Choose one of this client's babies.");
        }
    }

    private EntryRepository repository() {
        return new EntryRepository(context.data().clinicId());
    }
}
