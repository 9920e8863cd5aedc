package org.dyad.web.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.core.security.StaffAccount;
import org.dyad.api.ui.CompactColumns;
import org.dyad.web.base.Notifications;
import org.dyad.web.staff.StaffLayout;

/** Clinic admin: the clinic's staff accounts — create with a role, deactivate, reactivate. */
@Route(value = "staff/admin/accounts", layout = StaffLayout.class)
@PageTitle("Staff accounts · Dyad")
@RolesAllowed("CLINIC_ADMIN")
public class StaffAccountsView extends Section {

    private final AccountService accounts;
    private final DyadUser admin = CurrentUsers.require();
    private final Grid<StaffAccount> grid = new Grid<>();

    public StaffAccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("dyad-page");
        Button add = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var name = grid.addColumn(StaffAccount::displayName).setHeader(getTranslation("staff.col.name")).setAutoWidth(true);
        var username = grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.col.username")).setAutoWidth(true);
        var role = grid.addColumn(this::role).setHeader(getTranslation("staff.col.role")).setAutoWidth(true);
        var status = grid.addColumn(this::status).setHeader(getTranslation("staff.col.status")).setAutoWidth(true);
        CompactColumns.add(grid, CompactColumns.twoLines(StaffAccount::displayName,
                a -> a.username() + " · " + role(a) + (a.active() ? "" : " · " + status(a))),
                getTranslation("staff.col.account"), List.of(name, username, role, status));
        grid.addComponentColumn(this::toggle).setHeader(getTranslation("staff.col.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("nav.staff"));
        add(new H2(getTranslation("nav.staff")), add, grid);
        refresh();
    }

    private String role(StaffAccount account) {
        return getTranslation("role." + account.role().name());
    }

    private String status(StaffAccount account) {
        return getTranslation(account.active() ? "staff.active" : "staff.inactive");
    }

    private Button toggle(StaffAccount account) {
        Button b = new Button(getTranslation(account.active() ? "staff.deactivate" : "staff.reactivate"));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        b.setEnabled(account.id() != admin.id());
        b.addClickListener(e -> {
            if (!account.active()) {
                apply(account, true);
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("staff.deactivate.title", account.displayName()),
                    getTranslation("staff.deactivate.text"), getTranslation("staff.deactivate"), ev -> apply(account, false));
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return b;
    }

    private void apply(StaffAccount account, boolean active) {
        try {
            accounts.setActive(admin, account.id(), active);
            refresh();
        } catch (ValidationException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.new"));
        TextField name = new TextField(getTranslation("staff.col.name"));
        TextField username = new TextField(getTranslation("staff.col.username"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("staff.col.role"));
        role.setItems(Role.CONSULTANT, Role.FRONT_DESK, Role.CLINIC_ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CONSULTANT);
        PasswordField password = new PasswordField(getTranslation("staff.password"));
        password.setHelperText(getTranslation("staff.password.help"));
        dialog.add(new FormLayout(name, username, role, password));
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("displayName", name, "username", username,
                    "password", password);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                accounts.createStaff(admin, username.getValue(), name.getValue(), role.getValue(), password.getValue());
                dialog.close();
                Notifications.success(getTranslation("staff.created"));
                refresh();
            } catch (ValidationException ex) {
                ex.fieldErrors().forEach((k, m) -> {
                    var f = fields.get(k);
                    if (f == null) {
                        Notifications.error(m);
                    } else {
                        f.setErrorMessage(m);
                        f.setInvalid(true);
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void refresh() {
        grid.setItems(accounts.staffOf(admin.clinicId()));
    }
}
