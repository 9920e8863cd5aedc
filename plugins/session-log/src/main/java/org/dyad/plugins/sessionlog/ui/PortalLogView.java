package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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

/**
 * The parent's log at {@code /portal/session-log}, for a 390 px wide phone and one thumb: the status line on top,
 * today's entries in the middle, big buttons at the bottom. The timer is a row on the server: closing the browser and
 * coming back finds it running.
 */
public class PortalLogView extends VerticalLayout {

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
    private final FlexLayout buttons = new FlexLayout();

    public PortalLogView(PluginContext context) {
        this.context = context;
        this.log = new SessionLogService(context);
        this.timers = new TimerService(context);
        this.pictures = new PictureService(context);
        this.clientId = context.currentUser().clientId()
                .orElseThrow(() -> new AccessDeniedException("The portal log is for parents."));
        this.zone = context.data().clinicZone();
        ClientRef client = context.client(clientId);
        setPadding(true);
        setSpacing(false);
        getStyle().set("max-width", "480px").set("margin", "0 auto").set("padding-bottom", "220px");
        baby.setLabel("Baby");
        baby.setItems(client.babies());
        baby.setItemLabelGenerator(ClientRef.BabyRef::name);
        client.babies().stream().findFirst().ifPresent(baby::setValue);
        baby.setVisible(client.babies().size() > 1);
        baby.addValueChangeListener(e -> refresh());
        status.addClassNames("text-l", "font-semibold");
        status.setId("feed-status");
        timerLine.setId("timer");
        timerLine.addClassNames("text-xl", "font-bold");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("position", "fixed").set("bottom", "0").set("left", "0").set("right", "0")
                .set("gap", "8px").set("padding", "12px").set("background", "var(--lumo-base-color)")
                .set("box-shadow", "0 -2px 8px rgba(0,0,0,.15)").set("z-index", "10");
        add(new H2("Feeding log"), baby, status, timerLine, new Div("Today"), today, buttons);
        if (client.babies().isEmpty()) {
            status.setText("Your clinic has not added your baby yet.");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        event.getUI().addPollListener(e -> refreshStatus());
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
        });
    }

    private void refreshToday() {
        today.removeAll();
        today.setPadding(false);
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
        Div text = new Div(Times.time(entry.entry().start(), zone) + "  " + Times.describe(entry.entry()));
        Button edit = new Button("Edit", e -> open(entry.entry().kind(), entry));
        Button delete = new Button("Delete", e -> delete(entry));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(text, edit, delete);
        row.setWidthFull();
        row.setAlignItems(Alignment.CENTER);
        row.expand(text);
        return row;
    }

    private void refreshButtons() {
        buttons.removeAll();
        if (babyId().isEmpty()) {
            return;
        }
        long id = babyId().get();
        Optional<RunningTimer> timer = timers.runningFor(clientId, id);
        if (timer.isPresent()) {
            buttons.add(big("Switch side", () -> timers.switchSide(clientId, id), true),
                    big("Stop", () -> timers.stop(clientId, id), true),
                    big("Discard timer", () -> timers.discard(clientId, id), false));
        } else {
            buttons.add(big("Start left", () -> timers.start(clientId, id, Side.LEFT), true),
                    big("Start right", () -> timers.start(clientId, id, Side.RIGHT), true));
        }
        for (Kind kind : Kind.values()) {
            buttons.add(big("+ " + kind.label(), () -> open(kind, null), false));
        }
    }

    private Button big(String label, Runnable action, boolean primary) {
        Button button = new Button(label, e -> act(action));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.getStyle().set("flex", "1 1 40%").set("min-height", "56px");
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    private void open(Kind kind, LoggedEntry existing) {
        babyId().ifPresent(id -> {
            EntryDialog dialog = new EntryDialog(kind, id, zone, context.clock().instant(),
                    existing == null ? null : existing.entry(),
                    entry -> existing == null ? log.add(clientId, entry) : log.update(clientId, existing.id(), entry));
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refresh();
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
