package org.dyad.web.staff;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.dyad.api.Role;
import org.dyad.core.clinic.ClinicService;
import org.dyad.core.module.Contributions;
import org.dyad.core.security.CurrentUsers;
import org.dyad.core.security.DyadUser;
import org.dyad.web.base.Icons;

/**
 * The staff workspace shell: side navigation (Dashboard, Clients, module pages, Admin) that follows module changes of
 * the clinic live, without a reload.
 */
@Layout("staff")
@RolesAllowed({"CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK"})
public class StaffLayout extends AppLayout implements AfterNavigationObserver {

    private final Contributions contributions;
    private final AuthenticationContext authentication;
    private final DyadUser user;
    private final SideNav modules = new SideNav();
    private final Span pageTitle = new Span();
    private List<Contributions.MenuEntry> moduleEntries = List.of();
    private UI ui;
    private boolean subscribed;

    public StaffLayout(Contributions contributions, ClinicService clinics, AuthenticationContext authentication) {
        this.contributions = contributions;
        this.authentication = authentication;
        this.user = CurrentUsers.require();
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        pageTitle.addClassName("dyad-page-title");
        Span who = new Span(user.displayName() + " · " + clinics.get(user.clinicId()).name());
        who.addClassNames("dyad-muted", "dyad-topbar__who");
        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(toggle, pageTitle, who, logout);
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(pageTitle);
        bar.addClassName("dyad-topbar");
        addToNavbar(bar);
        addToDrawer(brand(), mainNav(), modules, adminNav());
        modules.setLabel(getTranslation("nav.modules"));
        modules.setCollapsible(true);
        modules.addClassName("dyad-module-nav");
        refreshModules();
    }

    private Span brand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("dyad-brand");
        brand.addClassName("dyad-drawer-brand");
        return brand;
    }

    private SideNav mainNav() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), "staff", VaadinIcon.DASHBOARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.clients"), "staff/clients", VaadinIcon.USERS.create()));
        return nav;
    }

    private SideNav adminNav() {
        SideNav nav = new SideNav(getTranslation("nav.admin"));
        nav.setVisible(user.role() == Role.CLINIC_ADMIN);
        nav.addItem(new SideNavItem(getTranslation("nav.staff"), "staff/admin/accounts", VaadinIcon.USER_CARD.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.modules"), "staff/admin/modules", VaadinIcon.PUZZLE_PIECE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.audit"), "staff/admin/audit", VaadinIcon.RECORDS.create()));
        return nav;
    }

    private void refreshModules() {
        modules.removeAll();
        var entries = contributions.staffMenu(user);
        moduleEntries = entries;
        for (Contributions.MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(entry.label(), entry.path());
            item.setPrefixComponent(Icons.of(entry.icon()));
            modules.addItem(item);
        }
        modules.setVisible(!entries.isEmpty());
    }

    private void clinicChanged(Long clinicId) {
        if (ui != null && user.clinicId() != null && user.clinicId().equals(clinicId)) {
            ui.access(this::refreshModules);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        if (!subscribed) {
            subscribed = true;
            contributions.onChange(new WeakListener(this));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        ui = null;
    }

    /** Holds the layout weakly, so that a closed session's layout can be collected. */
    private static final class WeakListener implements java.util.function.Consumer<Long> {
        private final java.lang.ref.WeakReference<StaffLayout> layout;

        WeakListener(StaffLayout layout) {
            this.layout = new java.lang.ref.WeakReference<>(layout);
        }

        @Override
        public void accept(Long clinicId) {
            StaffLayout target = layout.get();
            if (target != null) {
                target.clinicChanged(clinicId);
            }
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() == null ? "" : getContent().getClass().isAnnotationPresent(com.vaadin.flow.router.PageTitle.class)
                ? getContent().getClass().getAnnotation(com.vaadin.flow.router.PageTitle.class).value().replace(" · Dyad", "")
                : moduleTitle(event.getLocation().getPath());
        pageTitle.setText(title);
    }

    /** A module page without its own title is named by its menu entry. */
    private String moduleTitle(String path) {
        return moduleEntries.stream().filter(e -> e.path().equals(path)).map(Contributions.MenuEntry::label).findFirst()
                .orElse("");
    }
}
