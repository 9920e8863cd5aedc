package org.dyad.web.admin;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridLazyDataView;
import java.util.concurrent.atomic.AtomicReference;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import org.dyad.core.audit.AuditEntry;
import org.dyad.core.audit.AuditQuery;
import org.dyad.core.audit.AuditService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.api.ui.CompactColumns;
import org.dyad.web.staff.StaffLayout;

/** Clinic admin: the audit trail of the clinic, filtered by user, client and dates; paged lazily. */
@Route(value = "staff/admin/audit", layout = StaffLayout.class)
@PageTitle("Audit log · Dyad")
@RolesAllowed("CLINIC_ADMIN")
public class AuditLogView extends Section {

    public AuditLogView(AuditService audit, AccountService accounts, ClinicService clinics) {
        DyadUser admin = CurrentUsers.require();
        ZoneId zone = clinics.get(admin.clinicId()).zone();
        addClassName("dyad-page");
        ComboBox<DyadUser> user = new ComboBox<>(getTranslation("audit.user"));
        user.setItems(accounts.usersOf(admin.clinicId()));
        user.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
        user.setClearButtonVisible(true);
        IntegerField client = new IntegerField(getTranslation("audit.client"));
        client.setClearButtonVisible(true);
        DatePicker from = new DatePicker(getTranslation("audit.from"));
        DatePicker to = new DatePicker(getTranslation("audit.to"));
        FlexLayout filters = new FlexLayout(user, client, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("dyad-filters");

        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        Grid<AuditEntry> grid = new Grid<>();
        var when = grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        var who = grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        var action = grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true)
                .setTooltipGenerator(AuditEntry::action);
        var subject = grid.addColumn(AuditLogView::subject).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        var clientColumn = grid.addColumn(e -> e.clientId() == null ? "" : "#" + e.clientId()).setHeader(getTranslation("audit.client"));
        var details = grid.addColumn(AuditLogView::details).setHeader(getTranslation("audit.details"))
                .setFlexGrow(2).setTooltipGenerator(AuditLogView::details);
        CompactColumns.add(grid, CompactColumns.twoLines(AuditEntry::action, e -> String.join(" · ",
                        time.format(e.occurredAt()), e.actorName(), subject(e)) + (e.details() == null ? "" : " — " + e.details())),
                getTranslation("audit.event"), List.of(when, who, action, subject, clientColumn, details));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("nav.audit"));
        // No total count: counting a clinic's whole audit trail costs more than the page itself (docs/performance.md),
        // so the grid loads newest-first pages as it scrolls.
        AtomicReference<AuditQuery> filter = new AtomicReference<>(AuditQuery.all());
        GridLazyDataView<AuditEntry> rows = grid.setItems(
                q -> audit.find(admin, filter.get(), q.getOffset(), q.getLimit()).stream());
        Runnable apply = () -> {
            filter.set(new AuditQuery(user.getValue() == null ? null : user.getValue().id(),
                    client.getValue() == null ? null : client.getValue().longValue(), from.getValue(), to.getValue()));
            rows.refreshAll();
        };
        user.addValueChangeListener(e -> apply.run());
        client.addValueChangeListener(e -> apply.run());
        from.addValueChangeListener(e -> apply.run());
        to.addValueChangeListener(e -> apply.run());
        add(new H2(getTranslation("nav.audit")), filters, grid);
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
    }

    private static String subject(AuditEntry e) {
        return e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId());
    }

    private static String details(AuditEntry e) {
        return e.details() == null ? "" : e.details();
    }
}
