package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;
import org.dyad.plugins.sessionlog.log.EntryQuery;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.RunningTimer;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.log.Side;
import org.dyad.plugins.sessionlog.log.TimerService;
import org.dyad.plugins.sessionlog.stats.PictureService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parent's log at {@code /portal/session-log}, for a 390 px wide phone and one thumb: the status line on top,
 * today's entries in the middle, big buttons at the bottom. The timer is a row on the server: closing the browser and
 * coming back finds it running.
 * <p>
 * When the database is away, an action says "Not saved — please try again" and a failed reload says so in the status
 * line (the next poll reloads); saves and timer actions carry request keys, so pressing again stores nothing twice.
 */
public class PortalLogView extends VerticalLayout {

    private static final Logger LOG = LoggerFactory.getLogger(PortalLogView.class);
    private static final int POLL_MS = 15_000;

    private final PluginContext context;
    private final SessionLogService log;
    private final TimerService timers;
    private final PictureService pictures;
    private final long clientId;
    private final ZoneId zone;
    private final Select<ClientRef.BabyRef> baby = new Select<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph timerLine = new Paragraph();
    private final VerticalLayout today = new VerticalLayout();
    private final Div timerCard = new Div();
    private final Button discard = new Button("Discard timer");
    private final FlexLayout buttons = new FlexLayout();
    /** Sent with start and stop; the same until one of the timer actions succeeds. */
    private UUID timerKey = UUID.randomUUID();
    private boolean stale;
    /* Messages are read up front: looking one up needs the clinic's locale from the database, which may be away. */
    private final String saved;
    private final String notSaved;
    private final String loadFailed;

    public PortalLogView(PluginContext context) {
        this.context = context;
        this.log = new SessionLogService(context);
        this.timers = new TimerService(context);
        this.pictures = new PictureService(context);
        this.clientId = context.currentUser().clientId()
                .orElseThrow(() -> new AccessDeniedException("The portal log is for parents."));
        this.zone = context.data().clinicZone();
        this.saved = context.messages().get("save.done");
        this.notSaved = context.messages().get("save.failed");
        this.loadFailed = context.messages().get("load.failed");
        ClientRef client = context.client(clientId);
        setSpacing(false);
        addClassName("dyad-portal-page");
        setPadding(false);
        getStyle().set("padding-bottom", "5rem").set("gap", "var(--lumo-space-m)");
        baby.setLabel("Baby");
        baby.setItems(client.babies());
        baby.setItemLabelGenerator(ClientRef.BabyRef::name);
        client.babies().stream().findFirst().ifPresent(baby::setValue);
        baby.setVisible(client.babies().size() > 1);
        baby.addValueChangeListener(e -> refresh());
        status.setId("feed-status");
        status.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        timerLine.setId("timer");
        timerLine.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "700");
        timerCard.add(timerLine, discard);
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> babyId().ifPresent(id -> act(() -> timers.discard(clientId, id))));
        discard.getStyle().set("min-height", "48px");
        Look.card(timerCard).set("background", Look.ACCENT);
        H1 title = new H1("Feeding log");
        today.setPadding(false);
        today.setSpacing(false);
        today.getStyle().set("gap", "var(--lumo-space-s)");
        Look.bottomBar(buttons);
        Div statusCard = new Div(status);
        Look.card(statusCard);
        add(title, baby, statusCard, timerCard, section("Add"), quickAdd(), section("Today"), today,
                buttons);
        if (client.babies().isEmpty()) {
            status.setText("Your clinic has not added your baby yet.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        event.getUI().addPollListener(e -> refreshSafely(stale ? this::refresh : this::refreshStatus));
        refresh();
    }

    private Optional<Long> babyId() {
        return Optional.ofNullable(baby.getValue()).map(ClientRef.BabyRef::babyId);
    }

    private void refresh() {
        refreshStatus();
        refreshToday();
        refreshButtons();
    }

    private void refreshStatus() {
        babyId().ifPresent(id -> {
            Instant now = context.clock().instant();
            status.setText(pictures.status(clientId, id).summary(now));
            Optional<RunningTimer> timer = timers.runningFor(clientId, id);
            timerLine.setText(timer.map(t -> "Feeding on the " + t.side().label() + " · "
                    + minutes(t.elapsed(now)) + " (since " + Times.time(t.startedAt(), zone) + ")").orElse(""));
            timerCard.setVisible(timer.isPresent());
        });
    }

    private void refreshToday() {
        today.removeAll();
        LocalDate day = context.clock().instant().atZone(zone).toLocalDate();
        EntryQuery query = new EntryQuery(babyId().orElse(null), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), java.util.Set.of());
        var entries = log.entries(clientId, query);
        if (entries.isEmpty()) {
            today.add(new Paragraph("Nothing logged today yet."));
        }
        entries.forEach(e -> today.add(row(e)));
    }

    private HorizontalLayout row(LoggedEntry entry) {
        Span time = new Span(Times.time(entry.entry().start(), zone));
        time.getStyle().set("font-weight", "700").set("min-width", "3.2em");
        Span text = new Span(Times.describe(entry.entry()));
        Button edit = new Button("Edit", e -> open(entry.entry().kind(), entry));
        Button delete = new Button("Delete", e -> delete(entry));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel("Edit " + time.getText() + " " + text.getText());
        delete.setAriaLabel("Delete " + time.getText() + " " + text.getText());
        HorizontalLayout row = new HorizontalLayout(time, text, edit, delete);
        row.addClassName("session-log-entry");
        row.setWidthFull();
        row.setSpacing(false);
        row.setAlignItems(Alignment.CENTER);
        row.expand(text);
        Look.card(row).set("padding", "var(--lumo-space-xs) var(--lumo-space-xs) var(--lumo-space-xs) var(--lumo-space-m)")
                .set("gap", "var(--lumo-space-s)").set("box-sizing", "border-box");
        return row;
    }

    private Div quickAdd() {
        Div grid = new Div();
        grid.setWidthFull();
        grid.getStyle().set("display", "grid").set("grid-template-columns", "1fr 1fr").set("gap", "var(--lumo-space-s)");
        for (Kind kind : Kind.values()) {
            Button add = new Button("+ " + kind.label(), e -> open(kind, null));
            add.addThemeVariants(ButtonVariant.LUMO_LARGE);
            add.setWidthFull();
            add.getStyle().set("min-height", "56px").set("margin", "0").set("background", Look.CARD)
                    .set("box-shadow", "var(--lumo-box-shadow-xs)").set("border-radius", "1rem");
            grid.add(add);
        }
        return grid;
    }

    private static H2 section(String title) {
        H2 heading = new H2(title);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-s) 0 0")
                .set("color", "var(--lumo-secondary-text-color)");
        return heading;
    }

    private void refreshButtons() {
        buttons.removeAll();
        if (babyId().isEmpty()) {
            return;
        }
        long id = babyId().get();
        Optional<RunningTimer> running = timers.runningFor(clientId, id);
        if (running.isPresent()) {
            Side other = running.get().side().other();
            buttons.add(big("Switch side", () -> timers.switchTo(clientId, id, other), false),
                    big("Stop", () -> timers.stop(clientId, id, timerKey), true));
        } else {
            buttons.add(big("Start left", () -> timers.start(clientId, id, Side.LEFT, timerKey), true),
                    big("Start right", () -> timers.start(clientId, id, Side.RIGHT, timerKey), true));
        }
    }

    private Button big(String label, Runnable action, boolean primary) {
        Button button = new Button(label, e -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.getStyle().set("flex", "1 1 40%").set("min-height", "64px").set("margin", "0")
                .set("border-radius", "16px");
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
            timerKey = UUID.randomUUID();
        } catch (ValidationException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("A session-log action was not saved; the page keeps its request key for a retry", e);
            Notification.show(notSaved, 5000, Notification.Position.MIDDLE);
        }
        refreshSafely(this::refresh);
    }

    /** Reloads; when the database is away the status line says so and the next poll reloads everything. */
    private void refreshSafely(Runnable reload) {
        try {
            reload.run();
            stale = false;
        } catch (AccessDeniedException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("The portal log could not be reloaded", e);
            stale = true;
            status.setText(loadFailed);
        }
    }

    private void open(Kind kind, LoggedEntry existing) {
        babyId().ifPresent(id -> {
            EntryDialog dialog = new EntryDialog(kind, id, zone, context.clock().instant(),
                    existing == null ? null : existing.entry(), notSaved, (entry, key) -> {
                        LoggedEntry stored = existing == null ? log.add(clientId, entry, key)
                                : log.update(clientId, existing.id(), entry);
                        Notification.show(saved + ": " + Times.describe(stored.entry()), 3000,
                                Notification.Position.TOP_CENTER);
                        return stored;
                    });
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refreshSafely(this::refresh);
                }
            });
            dialog.open();
        });
    }

    private void delete(LoggedEntry entry) {
        log.delete(clientId, entry.id());
        Notification note = new Notification();
        Button undo = new Button("Undo", e -> {
            act(() -> log.restore(clientId, entry.id()));
            note.close();
        });
        note.add(new HorizontalLayout(new Div("Deleted " + Times.describe(entry.entry())), undo));
        note.setDuration(8000);
        note.setPosition(Notification.Position.MIDDLE);
        note.open();
        refresh();
    }

    private static String minutes(Duration d) {
        long m = Math.max(0, d.toMinutes());
        return m < 60 ? m + " min" : "%d h %02d min".formatted(m / 60, m % 60);
    }
}
