package org.dyad.web.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.dyad.core.client.ClientService;
import org.dyad.core.client.ClientSort;
import org.dyad.core.client.ClientSummary;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Ages;
import org.dyad.api.ui.CompactColumns;

/** The clinic's clients: a lazy, searchable, sortable grid. */
@Route(value = "staff/clients", layout = StaffLayout.class)
@PageTitle("Clients · Dyad")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class ClientsView extends Section {

    private final Grid<ClientSummary> grid = new Grid<>();

    public ClientsView(ClientService clients, ClinicService clinics, Clock clock, ClientFormFactory forms) {
        DyadUser user = CurrentUsers.require();
        ZoneId zone = clinics.get(user.clinicId()).zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        addClassName("dyad-page");

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("clients.search"));
        search.setAriaLabel(getTranslation("clients.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        Button add = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
                e -> forms.open(null, id -> getUI().ifPresent(ui -> ui.navigate("staff/clients/" + id))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, add);
        toolbar.setWidthFull();
        toolbar.expand(search);
        toolbar.addClassName("dyad-toolbar");

        DateTimeFormatter activity = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(zone);
        var parent = grid.addColumn(ClientSummary::parentName).setHeader(getTranslation("clients.col.parent")).setKey("parent")
                .setSortable(true).setAutoWidth(true);
        var babies = grid.addColumn(ClientsView::babies).setHeader(getTranslation("clients.col.babies"));
        var age = grid.addColumn(c -> age(c, today)).setHeader(getTranslation("clients.col.age")).setKey("age").setSortable(true);
        var last = grid.addColumn(c -> activity.format(c.lastActivityAt())).setHeader(getTranslation("clients.col.activity"))
                .setKey("activity").setSortable(true);
        CompactColumns.add(grid, CompactColumns.twoLines(ClientSummary::parentName,
                c -> babies(c) + " · " + age(c, today) + " · " + activity.format(c.lastActivityAt())),
                getTranslation("clients.col.client"), List.of(parent, babies, age, last)).setSortProperty("parent");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("staff/clients/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("clients.empty"));
        grid.setAriaLabel(getTranslation("clients.grid"));
        grid.setHeightFull();

        ConfigurableFilterDataProvider<ClientSummary, Void, String> provider = new CallbackDataProvider<ClientSummary, String>(
                q -> clients.search(user, q.getFilter().orElse(""), sort(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> clients.count(user, q.getFilter().orElse("")), ClientSummary::id).withConfigurableFilter();
        grid.setItems(provider);
        search.addValueChangeListener(e -> provider.setFilter(e.getValue()));
        add(toolbar, grid);
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
    }

    private static String babies(ClientSummary client) {
        return String.join(", ", client.babyNames());
    }

    private static String age(ClientSummary client, LocalDate today) {
        return client.youngestBirthDate() == null ? "—" : Ages.describe(client.youngestBirthDate(), today);
    }

    private static ClientSort sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return ClientSort.LAST_ACTIVITY_DESC;
        }
        var order = orders.getFirst();
        boolean asc = order.getDirection() == SortDirection.ASCENDING;
        return switch (order.getSorted()) {
            case "parent" -> asc ? ClientSort.PARENT_ASC : ClientSort.PARENT_DESC;
            case "age" -> asc ? ClientSort.BABY_AGE_ASC : ClientSort.BABY_AGE_DESC;
            default -> asc ? ClientSort.LAST_ACTIVITY_ASC : ClientSort.LAST_ACTIVITY_DESC;
        };
    }
}
