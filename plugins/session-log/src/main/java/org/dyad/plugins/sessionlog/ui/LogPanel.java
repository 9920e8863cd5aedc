package org.dyad.plugins.sessionlog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.dyad.api.ClientRef;
import org.dyad.api.PluginContext;
import org.dyad.api.ui.TimeChart;
import org.dyad.plugins.sessionlog.csv.DyadCsv;
import org.dyad.plugins.sessionlog.csv.ImportSetup;
import org.dyad.plugins.sessionlog.log.EntryQuery;
import org.dyad.plugins.sessionlog.log.Kind;
import org.dyad.plugins.sessionlog.log.LoggedEntry;
import org.dyad.plugins.sessionlog.log.SessionLogPermissions;
import org.dyad.plugins.sessionlog.log.SessionLogService;
import org.dyad.plugins.sessionlog.stats.PictureService;

/** A client's log for staff: filters, the charts, the entries with edit/delete, CSV export and import. */
final class LogPanel extends VerticalLayout {

    private static final int DEFAULT_DAYS = 30;

    private final PluginContext context;
    private final ClientRef client;
    private final SessionLogService log;
    private final PictureService pictures;
    private final ZoneId zone;
    private final Select<ClientRef.BabyRef> baby = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final CheckboxGroup<Kind> kinds = new CheckboxGroup<>("Show");
    private final Paragraph status = new Paragraph();
    private final FlexLayout charts = new FlexLayout();
    private final Grid<LoggedEntry> grid = new Grid<>();
    /** Read up front: looking a message up needs the clinic's locale from the database, which may be away later. */
    private final String notSaved;

    LogPanel(PluginContext context, ClientRef client) {
        this.context = context;
        this.client = client;
        this.log = new SessionLogService(context);
        this.pictures = new PictureService(context);
        this.zone = context.data().clinicZone();
        this.notSaved = context.messages().get("save.failed");
        LocalDate today = context.clock().instant().atZone(zone).toLocalDate();
        baby.setLabel("Baby");
        baby.setItems(client.babies());
        baby.setItemLabelGenerator(ClientRef.BabyRef::name);
        client.babies().stream().findFirst().ifPresent(baby::setValue);
        from.setValue(today.minusDays(DEFAULT_DAYS - 1));
        to.setValue(today);
        kinds.setItems(Kind.values());
        kinds.setItemLabelGenerator(Kind::label);
        kinds.setValue(java.util.EnumSet.allOf(Kind.class));
        baby.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        charts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        charts.getStyle().set("gap", "16px");
        grid.addColumn(e -> Times.dayTime(e.entry().start(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(e -> Times.describe(e.entry())).setHeader("Entry").setFlexGrow(1);
        if (context.currentUser().has(SessionLogPermissions.WRITE)) {
            grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        HorizontalLayout filters = new HorizontalLayout(baby, from, to);
        filters.getStyle().set("flex-wrap", "wrap");
        status.setId("session-log-status");
        status.getStyle().set("font-weight", "600").set("margin", "0");
        add(filters, kinds, tools(), status, charts, grid);
        if (client.babies().isEmpty()) {
            status.setText("This client has no baby in the record yet.");
        } else {
            refresh();
        }
    }

    private HorizontalLayout tools() {
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            String csv = DyadCsv.write(log.all(client.clientId()), client.babies().stream()
                    .collect(Collectors.toMap(ClientRef.BabyRef::babyId, ClientRef.BabyRef::name)), zone);
            byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    "session-log-" + client.clientId() + ".csv", "text/csv", bytes.length);
        }), "Export CSV");
        export.getElement().setAttribute("download", true);
        HorizontalLayout tools = new HorizontalLayout(export);
        if (context.currentUser().has(SessionLogPermissions.WRITE)) {
            tools.add(new Button("Import CSV", e -> baby.getOptionalValue().ifPresent(b -> new ImportDialog(log,
                    client.clientId(), new ImportSetup(client.babies(), b.babyId(), zone, context.clock().instant()),
                    this::refresh).open())));
            for (Kind kind : Kind.values()) {
                tools.add(new Button("+ " + kind.label(), e -> edit(kind, null)));
            }
        }
        tools.setAlignItems(Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        return tools;
    }

    private HorizontalLayout actions(LoggedEntry entry) {
        Button edit = new Button("Edit", e -> edit(entry.entry().kind(), entry));
        Button delete = new Button("Delete", e -> {
            log.delete(client.clientId(), entry.id());
            refresh();
        });
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, delete);
    }

    private void edit(Kind kind, LoggedEntry existing) {
        baby.getOptionalValue().ifPresent(b -> {
            EntryDialog dialog = new EntryDialog(kind, b.babyId(), zone, context.clock().instant(),
                    existing == null ? null : existing.entry(), notSaved, (entry, key) -> existing == null
                    ? log.add(client.clientId(), entry, key) : log.update(client.clientId(), existing.id(), entry));
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refresh();
                }
            });
            dialog.open();
        });
    }

    private void refresh() {
        if (baby.getValue() == null || from.getValue() == null || to.getValue() == null
                || to.getValue().isBefore(from.getValue())) {
            return;
        }
        long babyId = baby.getValue().babyId();
        var picture = pictures.picture(client.clientId(), babyId, from.getValue(), to.getValue());
        status.setText(picture.status().summary(context.clock().instant()));
        charts.removeAll();
        Charts.of(picture, pictures.thresholds().minRemovals24h()).forEach(data -> {
            H3 title = new H3(data.title());
            title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0 0 var(--lumo-space-xs)");
            Div box = new Div(title, new TimeChart(data));
            box.getStyle().set("flex", "1 1 420px").set("max-width", "640px").set("background", Look.CARD)
                    .set("border-radius", "1rem").set("padding", "var(--lumo-space-m)")
                    .set("box-shadow", "var(--lumo-box-shadow-xs)").set("box-sizing", "border-box");
            charts.add(box);
        });
        grid.setItems(log.entries(client.clientId(), new EntryQuery(babyId,
                from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue().plusDays(1).atStartOfDay(zone).toInstant(), kinds.getValue())));
    }
}
