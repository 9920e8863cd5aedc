package org.dyad.plugins.breathing.pattern;

import static org.dyad.plugins.breathing.pattern.PatternTable.*;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.api.ClinicData;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.dyad.plugins.breathing.Permissions;
import org.jooq.DSLContext;

/** The patterns of the current clinic: the built-in ones, the clinic's own, and which one the portal offers first. */
public final class PatternService {

    private final PluginContext context;

    public PatternService(PluginContext context) {
        this.context = context;
    }

    /** Built-in patterns first, then the clinic's own by name. */
    public List<BreathingPattern> all() {
        context.currentUser().require(Permissions.USE);
        List<BreathingPattern> patterns = new ArrayList<>(BuiltInPatterns.all());
        patterns.addAll(clinicPatterns());
        return patterns;
    }

    /** The pattern with this key, if the current clinic has it. */
    public Optional<BreathingPattern> find(String key) {
        context.currentUser().require(Permissions.USE);
        return BuiltInPatterns.byKey(key).or(() -> ClinicPatternKey.idOf(key).flatMap(this::clinicPattern));
    }

    /** The pattern the portal offers first: the clinic's choice, else "Let-down calm". */
    public BreathingPattern clinicDefault() {
        context.currentUser().require(Permissions.USE);
        return data().select(PATTERN_KEY).from(DEFAULT).where(CLINIC_ID.eq(clinicId()))
                .fetchOptional(PATTERN_KEY)
                .flatMap(this::find)
                .orElse(BuiltInPatterns.LET_DOWN_CALM);
    }

    /**
     * Saves a clinic pattern; refuses a name the clinic already uses (built-in names included). Saving exactly the
     * same pattern again, as a Save pressed again after an error whose answer was lost does, returns the stored one.
     */
    public BreathingPattern create(PatternDraft draft) {
        context.currentUser().require(Permissions.MANAGE);
        Optional<BreathingPattern> same = clinicPatterns().stream().filter(p -> p.shape().equals(draft)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        refuseTakenName(draft.name());
        long id = insert(draft);
        context.audit().record("breathing-coach.pattern.created", "pattern", id, null, null);
        return new BreathingPattern(ClinicPatternKey.of(id), draft);
    }

    /** Makes the pattern the one the portal offers first. */
    public void chooseDefault(String key) {
        context.currentUser().require(Permissions.MANAGE);
        if (find(key).isEmpty()) {
            throw new ValidationException("default", "Choose one of the clinic's patterns.");
        }
        LocalDateTime now = now();
        data().insertInto(DEFAULT).set(CLINIC_ID, clinicId()).set(PATTERN_KEY, key).set(CHANGED_AT, now)
                .onDuplicateKeyUpdate().set(PATTERN_KEY, key).set(CHANGED_AT, now)
                .execute();
        context.audit().record("breathing-coach.default.changed", "pattern", null, null, key);
    }

    private List<BreathingPattern> clinicPatterns() {
        return data().select(ALL).from(PATTERN).where(CLINIC_ID.eq(clinicId())).orderBy(NAME).fetch(PatternTable::toPattern);
    }

    private Optional<BreathingPattern> clinicPattern(long id) {
        return data().select(ALL).from(PATTERN).where(CLINIC_ID.eq(clinicId()).and(ID.eq(id)))
                .fetchOptional(PatternTable::toPattern);
    }

    private void refuseTakenName(String name) {
        boolean inClinic = clinicPatterns().stream()
                .anyMatch(p -> p.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
        if (inClinic || BuiltInPatterns.isNameTaken(name)) {
            throw nameTaken(name);
        }
    }

    private long insert(PatternDraft draft) {
        try {
            return data().insertInto(PATTERN)
                    .set(CLINIC_ID, clinicId()).set(NAME, draft.name())
                    .set(INHALE, draft.inhale()).set(HOLD_IN, draft.holdIn())
                    .set(EXHALE, draft.exhale()).set(HOLD_OUT, draft.holdOut())
                    .set(CYCLES, draft.cycles()).set(INSTRUCTION, draft.instruction())
                    .set(CREATED_AT, now())
                    .returningResult(ID).fetchOne(ID);
        } catch (RuntimeException e) {
            if (!ClinicData.isDuplicateKey(e)) {
                throw e;
            }
            throw nameTaken(draft.name()); // the same name saved at the same moment by someone else
        }
    }

    private static ValidationException nameTaken(String name) {
        return new ValidationException("name", "This clinic already has a pattern named \u201c" + name + "\u201d.");
    }

    private DSLContext data() {
        return context.data().dsl();
    }

    private long clinicId() {
        return context.data().clinicId();
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(context.clock().instant(), ZoneOffset.UTC);
    }
}
