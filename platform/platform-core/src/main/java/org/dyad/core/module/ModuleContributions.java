package org.dyad.core.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.dyad.api.ClientRef;
import org.dyad.api.extension.ClientTab;
import org.dyad.api.extension.DashboardCard;
import org.dyad.api.extension.PortalCard;
import org.dyad.api.extension.PortalPage;
import org.dyad.api.extension.StaffPage;
import org.dyad.core.security.DyadUser;

/** The real {@link Contributions}: what the started modules enabled for the user's clinic offer this user. */
@org.springframework.stereotype.Component
class ModuleContributions implements Contributions {

    private final ModuleRegistry registry;
    private final ModuleEnablement enablement;
    private final Permissions permissions;

    ModuleContributions(ModuleRegistry registry, ModuleEnablement enablement, Permissions permissions) {
        this.registry = registry;
        this.enablement = enablement;
        this.permissions = permissions;
    }

    @Override
    public List<MenuEntry> staffMenu(DyadUser user) {
        return pieces(user, StaffPage.class, StaffPage::requiredPermission).stream()
                .filter(p -> !label(p.module(), p.piece()::menuLabel).isBlank())
                .map(p -> new MenuEntry(p.module().id(), label(p.module(), p.piece()::menuLabel),
                        ModuleRoutes.path("staff", p.module().id(), p.piece().path()), icon(p.module())))
                .toList();
    }

    @Override
    public List<MenuEntry> portalMenu(DyadUser user) {
        return pieces(user, PortalPage.class, PortalPage::requiredPermission).stream()
                .filter(p -> !label(p.module(), p.piece()::menuLabel).isBlank())
                .map(p -> new MenuEntry(p.module().id(), label(p.module(), p.piece()::menuLabel),
                        ModuleRoutes.path("portal", p.module().id(), p.piece().path()), icon(p.module())))
                .toList();
    }

    @Override
    public List<Tab> clientTabs(DyadUser user, ClientRef client) {
        return sorted(pieces(user, ClientTab.class, ClientTab::requiredPermission), ClientTab::order).stream()
                .map(p -> new Tab(p.module().id(), label(p.module(), p.piece()::label),
                        () -> Guard.component(p.module().id(), "client tab", () -> p.piece().create(client))))
                .toList();
    }

    @Override
    public List<com.vaadin.flow.component.Component> dashboardCards(DyadUser user) {
        return sorted(pieces(user, DashboardCard.class, DashboardCard::requiredPermission), DashboardCard::order).stream()
                .map(p -> card(p.piece().title(), Guard.component(p.module().id(), "dashboard card", p.piece()::create)))
                .toList();
    }

    /** The host frames every dashboard card alike: a titled card, so that modules look like one product. */
    private static com.vaadin.flow.component.Component card(String title, com.vaadin.flow.component.Component content) {
        com.vaadin.flow.component.html.Section card = new com.vaadin.flow.component.html.Section(
                new com.vaadin.flow.component.html.H2(title), content);
        card.addClassName("dyad-card");
        card.addClassName("dyad-module-card");
        return card;
    }

    @Override
    public List<com.vaadin.flow.component.Component> portalCards(DyadUser user) {
        if (user.clientId() == null) {
            return List.of();
        }
        long clientId = user.clientId();
        return sorted(pieces(user, PortalCard.class, PortalCard::requiredPermission), PortalCard::order).stream()
                .map(p -> Guard.component(p.module().id(), "portal card", () -> p.piece().create(clientId)))
                .toList();
    }

    @Override
    public void onChange(Consumer<Long> clinicChanged) {
        enablement.addListener(clinicChanged);
    }

    /** A piece of a module with the module it came from. */
    record Piece<T>(ActiveModule module, T piece) {
    }

    private <T> List<Piece<T>> pieces(DyadUser user, Class<T> type, Function<T, String> permission) {
        if (user.clinicId() == null) {
            return List.of();
        }
        Set<String> available = enablement.availableModules(user.clinicId());
        List<Piece<T>> pieces = new ArrayList<>();
        for (ActiveModule module : registry.active()) {
            if (available.contains(module.id())) {
                for (T piece : module.extensions(type)) {
                    String required = Guard.call(module.id(), "requiredPermission", () -> permission.apply(piece)).orElse("");
                    if (permissions.has(user, required, available)) {
                        pieces.add(new Piece<>(module, piece));
                    }
                }
            }
        }
        return pieces;
    }

    private static <T> List<Piece<T>> sorted(List<Piece<T>> pieces, ToIntFunction<T> order) {
        return pieces.stream().sorted(Comparator.comparingInt(
                (Piece<T> p) -> Guard.call(p.module().id(), "order", () -> order.applyAsInt(p.piece())).orElse(100)))
                .toList();
    }

    private static String label(ActiveModule module, java.util.function.Supplier<String> label) {
        return Guard.call(module.id(), "label", label).orElse("");
    }

    private static String icon(ActiveModule module) {
        return Guard.call(module.id(), "icon", module.module()::icon).orElse("vaadin:puzzle-piece");
    }
}
