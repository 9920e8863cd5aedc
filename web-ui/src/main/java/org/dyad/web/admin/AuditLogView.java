package org.dyad.web.admin;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dyad.core.audit.AuditEntry;
import org.dyad.core.audit.AuditQuery;
import org.dyad.core.audit.AuditService;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
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
        grid.addColumn(e -> time.format(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.user"));
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action"));
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId())).setHeader(getTranslation("audit.subject"));
        grid.addColumn(e -> e.clientId() == null ? "" : "#" + e.clientId()).setHeader(getTranslation("audit.client"));
        grid.addColumn(e -> e.details() == null ? "" : e.details()).setHeader(getTranslation("audit.details"));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setAriaLabel(getTranslation("nav.audit"));
        ConfigurableFilterDataProvider<AuditEntry, Void, AuditQuery> provider = new CallbackDataProvider<AuditEntry, AuditQuery>(
                q -> audit.find(admin.clinicId(), q.getFilter().orElse(AuditQuery.all()), q.getOffset(), q.getLimit()).stream(),
                q -> audit.count(admin.clinicId(), q.getFilter().orElse(AuditQuery.all())), AuditEntry::id).withConfigurableFilter();
        grid.setItems(provider);
        Runnable apply = () -> provider.setFilter(new AuditQuery(user.getValue() == null ? null : user.getValue().id(),
                client.getValue() == null ? null : client.getValue().longValue(), from.getValue(), to.getValue()));
        user.addValueChangeListener(e -> apply.run());
        client.addValueChangeListener(e -> apply.run());
        from.addValueChangeListener(e -> apply.run());
        to.addValueChangeListener(e -> apply.run());
        add(new H2(getTranslation("nav.audit")), filters, grid);
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
    }
}
