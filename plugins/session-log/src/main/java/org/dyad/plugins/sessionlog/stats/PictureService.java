package org.dyad.plugins.sessionlog.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.Access;
import org.dyad.plugins.sessionlog.log.Entry;
import org.dyad.plugins.sessionlog.log.EntryQuery;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.SessionLogPermissions;
import org.dyad.plugins.sessionlog.log.SessionLogService;

/** Computes the charts of a dyad, the parent's feed status and the dashboard's dyads that need a look. */
public final class PictureService {

    /** How far back the feed status looks for the last feed. */
    private static final Duration STATUS_WINDOW = Duration.ofDays(2);

    private final PluginContext context;
    private final SessionLogService log;

    public PictureService(PluginContext context) {
        this.context = context;
        this.log = new SessionLogService(context);
    }

    /**
     * Daily totals from {@code from} to {@code to} (clinic days), all weighings since birth and the feed status: one
     * query over the chart period and the status window, and one for older weighings when the baby is older.
     */
    public DyadPicture picture(long clientId, long babyId, LocalDate from, LocalDate to) {
        Access.requireRead(context.currentUser(), clientId);
        ZoneId zone = context.data().clinicZone();
        ClientRef.BabyRef baby = baby(clientId, babyId);
        Instant now = context.clock().instant();
        Instant chartFrom = from.atStartOfDay(zone).toInstant();
        Instant chartTo = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant windowFrom = earlier(chartFrom, now.minus(STATUS_WINDOW));
        List<Entry> window = entries(clientId, babyId, windowFrom, later(chartTo, now.plus(Duration.ofDays(1))),
                Set.of());
        List<Entry> weighings = new ArrayList<>(window);
        Instant born = baby.dateOfBirth().atStartOfDay(zone).toInstant();
        if (born.isBefore(windowFrom)) {
            weighings.addAll(entries(clientId, babyId, born, windowFrom, Set.of(Kind.WEIGHT)));
        }
        List<Entry> chart = window.stream().filter(e -> !e.start().isBefore(chartFrom) && e.start().isBefore(chartTo))
                .toList();
        Instant statusFrom = now.minus(STATUS_WINDOW);
        List<Entry> recent = window.stream().filter(e -> !e.start().isBefore(statusFrom))
                .filter(e -> e.kind() == Kind.BREASTFEED || e.kind() == Kind.BOTTLE).toList();
        return new DyadPicture(from, to, DailyTotals.of(chart, zone, from, to),
                WeightTrajectory.of(baby.birthWeightGrams(), weighings, zone), FeedStatus.of(recent));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** "Time since last feed · last side · next side" for one baby. */
    public FeedStatus status(long clientId, long babyId) {
        Instant now = context.clock().instant();
        return FeedStatus.of(entries(clientId, babyId, now.minus(STATUS_WINDOW), now.plus(Duration.ofDays(1)),
                Set.of(Kind.BREASTFEED, Kind.BOTTLE)));
    }

    /** The clinic's dyads that cross a threshold, those with most reasons first. */
    public List<NeedsALook> needsALook() {
        context.currentUser().require(SessionLogPermissions.READ);
        Instant now = context.clock().instant();
        Thresholds thresholds = thresholds();
        List<NeedsALook> flagged = DashboardQuery.snapshots(context.data().dsl(), context.data().clinicId(), now)
                .stream()
                .map(d -> new NeedsALook(d, NeedsALook.reasons(d, thresholds, now)))
                .filter(n -> !n.reasons().isEmpty())
                .sorted(Comparator.comparingInt((NeedsALook n) -> -n.reasons().size())
                        .thenComparing(n -> n.dyad().clientName()))
                .toList();
        context.audit().record("session-log.dashboard.read", "session-log-dashboard", null, null,
                flagged.size() + " dyads flagged");
        return flagged;
    }

    /** Every dyad of the clinic with an entry in the last 14 days, by client name. */
    public List<DyadSnapshot> activeDyads() {
        context.currentUser().require(SessionLogPermissions.READ);
        List<DyadSnapshot> dyads = DashboardQuery.snapshots(context.data().dsl(), context.data().clinicId(),
                context.clock().instant()).stream().sorted(Comparator.comparing(DyadSnapshot::clientName)).toList();
        context.audit().record("session-log.dyads.read", "session-log-dashboard", null, null, dyads.size() + " dyads");
        return dyads;
    }

    /** The clinic's thresholds from the module settings. */
    public Thresholds thresholds() {
        var settings = context.settings();
        return new Thresholds(settings.getInt(Thresholds.MIN_REMOVALS), settings.getInt(Thresholds.MAX_WEIGHT_LOSS),
                settings.getInt(Thresholds.SILENT_HOURS));
    }

    private List<Entry> entries(long clientId, long babyId, Instant from, Instant to, Set<Kind> kinds) {
        return log.entries(clientId, new EntryQuery(babyId, from, to, kinds)).stream().map(LoggedEntry::entry)
                .toList();
    }

    private ClientRef.BabyRef baby(long clientId, long babyId) {
        return context.client(clientId).babies().stream().filter(b -> b.babyId() == babyId).findFirst()
                .orElseThrow(() -> new ValidationException("babyId", "Choose one of this client's babies."));
    }
}
