package org.dyad.plugins.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.ClinicData;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of a visit note: a draft is started for a client's dyad, saved as often as the consultant types
 * (optimistic locking: a save against an older version is refused with a message naming who saved in between), signed
 * by its author (then locked), and afterwards only takes signed, time-stamped addenda. Every opening is audited.
 */
final class NoteService {

    private final PluginContext context;
    private final Guard guard;
    private final NoteRepository notes;
    private final TemplateRepository templates;

    NoteService(PluginContext context) {
        this.context = context;
        this.guard = new Guard(context);
        this.notes = new NoteRepository(context.data());
        this.templates = new TemplateRepository(context.data());
    }

    List<Template> templates() {
        guard.require(Permissions.WRITE);
        return templates.all();
    }

    /**
     * Starts a draft dated today (in the clinic's zone) with a section for every baby of the dyad; its id. Pressing
     * again with the same {@code requestKey} (after an error whose answer was lost) returns the draft that press
     * started instead of a second one.
     *
     * @param requestKey the start bar's key, kept until a start succeeds; null starts without one
     */
    long startDraft(long clientId, String templateKey, @Nullable UUID requestKey) {
        guard.require(Permissions.WRITE);
        ClientRef client = context.client(clientId);
        Template template = templates.find(templateKey)
                .orElseThrow(() -> new ValidationException("template", "Choose one of the clinic's templates."));
        if (requestKey != null) {
            Optional<Long> started = notes.noteStartedWith(clientId, requestKey);
            if (started.isPresent()) {
                return started.get();
            }
        }
        List<BabySection> babies = client.babies().stream()
                .map(baby -> BabySection.blank(baby.babyId(), baby.name())).toList();
        Instant now = context.clock().instant();
        NoteRepository.Start start = new NoteRepository.Start(clientId, template, today(), guard.user().userId(),
                guard.user().displayName(), now, requestKey);
        long noteId;
        try {
            noteId = context.data().inTransaction(dsl -> {
                long id = notes.insert(dsl, start, NoteContent.blank(babies));
                notes.insertHistory(dsl, clientId, id, new HistoryEntry(now, start.authorName(),
                        HistoryEntry.Action.CREATED));
                return id;
            });
        } catch (RuntimeException e) {
            if (requestKey == null || !ClinicData.isDuplicateKey(e)) {
                throw e;
            }
            // The same press arrived twice at once: the other one stored the draft.
            return notes.noteStartedWith(clientId, requestKey).orElseThrow(() -> e);
        }
        guard.audit("note.created", "note", noteId, clientId);
        return noteId;
    }

    /** Opens a note for reading or editing; writes an audit event each time. */
    Note open(long noteId) {
        guard.require(Permissions.READ);
        Note note = load(noteId);
        guard.audit("note.read", "note", noteId, note.clientId());
        return note;
    }

    /** Saves a draft's content; returns the new version. */
    int save(long noteId, int expectedVersion, NoteContent content) {
        guard.require(Permissions.WRITE);
        Note note = load(noteId);
        refuseIfSigned(note);
        checkShape(note, content);
        String who = guard.user().displayName();
        boolean saved = context.data().inTransaction(
                dsl -> notes.updateDraft(dsl, note, expectedVersion, content, who, context.clock().instant()));
        if (!saved) {
            if (savedAlready(noteId, expectedVersion, content, who)) {
                return expectedVersion + 1;
            }
            throw conflict(noteId, "Your change was not saved");
        }
        guard.audit("note.updated", "note", noteId, note.clientId());
        return expectedVersion + 1;
    }

    /** Signs and locks the draft; only its author may, and only when something has been charted. */
    void sign(long noteId, int expectedVersion) {
        guard.require(Permissions.WRITE);
        Note note = load(noteId);
        if (note.isSigned() && note.authorUserId() == guard.user().userId() && note.version() == expectedVersion + 1) {
            return; // this very signature, pressed again after its answer was lost
        }
        refuseIfSigned(note);
        if (note.authorUserId() != guard.user().userId()) {
            throw new AccessDeniedException("Only the author of this note, " + note.authorName() + ", can sign it.");
        }
        if (note.content().isEmpty()) {
            throw new ValidationException("", "An empty note cannot be signed: chart at least one finding, "
                    + "assessment or plan first.");
        }
        Instant now = context.clock().instant();
        boolean signed = context.data().inTransaction(dsl -> notes.sign(dsl, noteId, expectedVersion, now)
                && record(dsl, note, now, HistoryEntry.Action.SIGNED));
        if (!signed) {
            throw conflict(noteId, "The note was not signed");
        }
        guard.audit("note.signed", "note", noteId, note.clientId());
    }

    /**
     * Adds a signed, time-stamped addendum to a signed note. An addendum can never be removed, so the same
     * {@code requestKey} never signs a second one: pressed again with the same text it changes nothing; with other
     * text it is refused, naming the addendum that was stored.
     *
     * @param requestKey the form's key, kept until a signature succeeds; null signs without one
     */
    void addAddendum(long noteId, String text, @Nullable UUID requestKey) {
        guard.require(Permissions.WRITE);
        Note note = load(noteId);
        if (!note.isSigned()) {
            throw new ValidationException("addendum", "Addenda are for signed notes: edit the draft itself instead.");
        }
        String body = Limits.text("addendum", "The addendum", text).strip();
        if (body.isEmpty()) {
            throw new ValidationException("addendum", "An addendum cannot be empty.");
        }
        if (requestKey != null && signedAlready(noteId, body, requestKey)) {
            return;
        }
        Instant now = context.clock().instant();
        try {
            context.data().inTransaction(dsl -> {
                notes.insertAddendum(dsl, note, body, guard.user().userId(), guard.user().displayName(), now,
                        requestKey);
                return record(dsl, note, now, HistoryEntry.Action.ADDENDUM);
            });
        } catch (RuntimeException e) {
            if (requestKey == null || !ClinicData.isDuplicateKey(e) || !signedAlready(noteId, body, requestKey)) {
                throw e;
            }
            return; // the same addendum arrived twice at once: the other one signed it
        }
        guard.audit("note.addendum-added", "note", noteId, note.clientId());
    }

    /** Shares the signed note's plan with the family's portal. Sharing twice changes nothing. */
    void shareCarePlan(long noteId) {
        guard.require(Permissions.WRITE);
        Note note = load(noteId);
        if (!note.isSigned()) {
            throw new ValidationException("plan", "Sign the note before sharing its care plan.");
        }
        if (note.content().plan().isBlank()) {
            throw new ValidationException("plan", "The plan is empty: there is nothing to share.");
        }
        if (note.planShared().isPresent()) {
            return;
        }
        Instant now = context.clock().instant();
        context.data().inTransaction(dsl -> {
            notes.markPlanShared(dsl, noteId, now);
            return record(dsl, note, now, HistoryEntry.Action.PLAN_SHARED);
        });
        guard.audit("care-plan.shared", "note", noteId, note.clientId());
    }

    /** Whether the draft already holds exactly this save, made by this user (a save pressed again). */
    private boolean savedAlready(long noteId, int expectedVersion, NoteContent content, String who) {
        Note current = notes.find(noteId).orElseThrow();
        return !current.isSigned() && current.version() == expectedVersion + 1 && current.updatedByName().equals(who)
                && current.content().sameCharting(content);
    }

    /** Whether {@code requestKey} signed an addendum already: true when with this text, refused when with another. */
    private boolean signedAlready(long noteId, String body, UUID requestKey) {
        Optional<String> stored = notes.addendumSignedWith(noteId, requestKey);
        if (stored.isPresent() && !stored.get().equals(body)) {
            throw new ValidationException("addendum", "Your earlier addendum was signed after all and is on the note "
                    + "now. Reload the note to see it, then add another addendum for what you changed.");
        }
        return stored.isPresent();
    }

    /** Loads a note of the current clinic that the user may see, without auditing: callers check and audit. */
    private Note load(long noteId) {
        Note note = notes.find(noteId)
                .orElseThrow(() -> new AccessDeniedException("There is no such note in your clinic."));
        guard.requireClient(note.clientId());
        return note;
    }

    private boolean record(org.jooq.DSLContext dsl, Note note, Instant now, HistoryEntry.Action action) {
        notes.insertHistory(dsl, note.clientId(), note.id(), new HistoryEntry(now, guard.user().displayName(), action));
        return true;
    }

    private static void refuseIfSigned(Note note) {
        if (note.isSigned()) {
            throw new ValidationException("", "This note is signed and locked, so it can no longer change. "
                    + "Add an addendum instead.");
        }
    }

    private static void checkShape(Note note, NoteContent content) {
        Set<String> keys = note.template().fields().stream().map(TemplateField::key).collect(Collectors.toSet());
        if (!keys.containsAll(content.templateValues().keySet()) || !babies(note.content()).equals(babies(content))) {
            throw new ValidationException("", "This note's fields or babies changed: reload the note.");
        }
    }

    /** Each baby section's id and name, in a fixed order: a save may not add, drop, repeat or rename one. */
    private static List<String> babies(NoteContent content) {
        return content.babies().stream().map(baby -> baby.babyId() + " " + baby.babyName()).sorted().toList();
    }

    private NoteConflictException conflict(long noteId, String what) {
        Note current = notes.find(noteId).orElseThrow();
        if (current.isSigned()) {
            return new NoteConflictException(what + ": " + current.authorName() + " signed this note meanwhile, "
                    + "so it is locked. Reload it; add an addendum for anything further.");
        }
        ZoneId zone = context.data().clinicZone();
        String at = DateTimeFormatter.ofPattern("HH:mm").format(current.updatedAt().atZone(zone));
        return new NoteConflictException(what + ": " + current.updatedByName() + " saved this note at " + at
                + " while you were editing. Reload the note to see their changes, then make yours again.");
    }

    private LocalDate today() {
        return LocalDate.now(context.clock().withZone(context.data().clinicZone()));
    }
}
