package org.dyad.plugins.sessionlog.log;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.ClinicData;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

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

    /** Stores a new entry after checking the baby, the clock and overlapping breastfeeds (no request key). */
    public LoggedEntry add(long clientId, Entry entry) {
        return add(clientId, entry, null);
    }

    /**
     * Stores a new entry once per request key. The form makes the key and keeps it until a save succeeds; when an
     * earlier save with the same key was stored although its answer was lost (the database went away after the
     * commit), this returns that entry, with the values of this save, instead of inserting a second one. The entry
     * and its audit event commit together.
     *
     * @param requestKey the form's key; null stores without one
     */
    public LoggedEntry add(long clientId, Entry entry, @Nullable UUID requestKey) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        EntryRules.requireNotInFuture(entry, now);
        try {
            return context.data().inTransaction(dsl -> addOnce(dsl, clientId, entry, requestKey, now));
        } catch (RuntimeException e) {
            if (requestKey == null || !ClinicData.isDuplicateKey(e)) {
                throw e;
            }
            // A second save with the same key committed between our look-up and our insert: it is found now.
            return context.data().inTransaction(dsl -> addOnce(dsl, clientId, entry, requestKey, now));
        }
    }

    private LoggedEntry addOnce(DSLContext dsl, long clientId, Entry entry, @Nullable UUID requestKey, Instant now) {
        requireBabyOf(dsl, clientId, entry.babyId());
        if (requestKey != null) {
            Optional<EntryRepository.Keyed> stored = repository().byKey(dsl, clientId, requestKey);
            if (stored.isPresent()) {
                return storedAgain(dsl, clientId, stored.get(), entry, now);
            }
        }
        requireNoOverlap(dsl, entry, -1);
        long id = repository().insert(dsl, clientId, entry, requestKey, context.currentUser().userId(), now);
        context.audit().record("session-log.entry.created", SUBJECT, id, clientId, entry.kind().name());
        return new LoggedEntry(id, clientId, entry);
    }

    /** A retried save: the stored row stays the only one; changed values (typed after "not saved") replace it. */
    private LoggedEntry storedAgain(DSLContext dsl, long clientId, EntryRepository.Keyed keyed, Entry entry,
                                    Instant now) {
        LoggedEntry stored = keyed.stored();
        if (keyed.deleted() || stored.entry().equals(entry)) {
            return stored;
        }
        requireNoOverlap(dsl, entry, stored.id());
        repository().update(dsl, clientId, stored.id(), entry, now);
        context.audit().record("session-log.entry.updated", SUBJECT, stored.id(), clientId, entry.kind().name());
        return new LoggedEntry(stored.id(), clientId, entry);
    }

    /** The entry a save with this request key stored, if any (a stopped timer finds its breastfeed this way). */
    Optional<LoggedEntry> storedUnder(DSLContext dsl, long clientId, UUID requestKey) {
        return repository().byKey(dsl, clientId, requestKey).map(EntryRepository.Keyed::stored);
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

    /**
     * Deletes an entry; {@link #restore} brings it back (the portal's undo). Deleting an entry that is already deleted
     * changes nothing and succeeds, so pressing Delete again after a "not saved" whose delete did reach the database
     * is safe.
     */
    public void delete(long clientId, long entryId) {
        Access.requireWrite(context.currentUser(), clientId);
        Instant now = context.clock().instant();
        boolean done = context.data().inTransaction(dsl -> {
            if (repository().markDeleted(dsl, clientId, entryId, now)) {
                return true;
            }
            if (repository().deleted(dsl, clientId, entryId).isEmpty()) {
                throw new ValidationException("", "This entry no longer exists.");
            }
            return false;
        });
        if (done) {
            context.audit().record("session-log.entry.deleted", SUBJECT, entryId, clientId, null);
        }
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

    /** Deletes every entry and timer of the client for good (the client's right to erasure; clinic admins only). */
    public void erase(long clientId) {
        Access.requireErase(context.currentUser(), clientId);
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
