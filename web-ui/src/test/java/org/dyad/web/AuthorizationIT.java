package org.dyad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.Role;
import org.dyad.core.audit.AuditQuery;
import org.dyad.core.audit.AuditService;
import org.dyad.core.client.ClientService;
import org.dyad.core.security.AccountService;
import org.dyad.core.security.DyadUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The authorization table: every route of the app and every client record, for anonymous, parent A, parent B, front
 * desk, consultant, clinic admin, another clinic's admin and a platform admin. A route without a row fails the test.
 */
class AuthorizationIT extends WebTestBase {

    private static final Set<String> STAFF = Set.of("CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK");
    private static final Set<String> EVERYONE = Set.of("ANONYMOUS", "PARENT", "CLINIC_ADMIN", "CONSULTANT", "FRONT_DESK",
            "PLATFORM_ADMIN");

    /** Route template → who may open it. */
    static final Map<String, Set<String>> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("", EVERYONE);
        ROUTES.put("login", EVERYONE);
        ROUTES.put("module-unavailable", EVERYONE);
        ROUTES.put("invite/:___url_parameter", EVERYONE);
        ROUTES.put("staff", STAFF);
        ROUTES.put("staff/clients", STAFF);
        ROUTES.put("staff/clients/:___url_parameter(" + "-?[0-9]*" + ")", STAFF);
        ROUTES.put("staff/admin/accounts", Set.of("CLINIC_ADMIN"));
        ROUTES.put("staff/admin/audit", Set.of("CLINIC_ADMIN"));
        ROUTES.put("staff/admin/modules", Set.of("CLINIC_ADMIN"));
        ROUTES.put("staff/module-unavailable", STAFF);
        ROUTES.put("portal", Set.of("PARENT"));
        ROUTES.put("portal/module-unavailable", Set.of("PARENT"));
        ROUTES.put("platform", Set.of("PLATFORM_ADMIN"));
        ROUTES.put("platform/plugins", Set.of("PLATFORM_ADMIN"));
    }

    @Autowired
    ServletContext servletContext;
    @Autowired
    ClientService clients;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditService audit;

    private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

    @Test
    void every_route_opens_exactly_for_the_roles_in_the_table() {
        List<RouteData> routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)).getRegisteredRoutes();
        List<String> problems = new ArrayList<>();
        for (RouteData route : routes) {
            String template = route.getTemplate();
            Set<String> expected = ROUTES.get(normalize(template));
            if (expected == null) {
                problems.add("No row in the authorization table for route '" + template + "'");
                continue;
            }
            for (String role : EVERYONE) {
                boolean allowed = allowed(route, role);
                if (allowed != expected.contains(role)) {
                    problems.add(template + " for " + role + ": " + (allowed ? "opens" : "refused") + " but the table says "
                            + (expected.contains(role) ? "opens" : "refused"));
                }
            }
        }
        new org.dyad.testkit.Figures("route-matrix", "Every registered route (with its parent layouts) × every role "
                + "(anonymous, parent, front desk, consultant, clinic admin, platform admin) against a table; a route "
                + "without a row fails. Parent A/B and other-clinic access to a record: see url-tampering and the "
                + "service matrices")
                .put("routes", routes.size()).put("roles", EVERYONE.size())
                .put("cells", routes.size() * EVERYONE.size()).put("problems", problems.size()).write();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    private static String normalize(String template) {
        return template.startsWith("staff/clients/:") ? "staff/clients/:___url_parameter(-?[0-9]*)" : template;
    }

    private boolean allowed(RouteData route, String role) {
        Principal principal = role.equals("ANONYMOUS") ? null : () -> "someone";
        java.util.function.Function<String, Boolean> hasRole = r -> r.equals(role);
        if (!checker.hasAccess(route.getNavigationTarget(), principal, hasRole)) {
            return false;
        }
        return route.getParentLayouts().stream().allMatch(layout -> checker.hasAccess(layout, principal, hasRole));
    }

    @Test
    void a_client_record_opens_for_its_own_parent_and_its_clinic_staff_only() {
        DyadUser parentA = user("parent.maya");
        DyadUser parentB = user("parent.sofia");
        long recordA = parentA.clientId();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("parent.maya", true);
        expected.put("parent.sofia", false);
        expected.put("willow.frontdesk", true);
        expected.put("willow.consultant", true);
        expected.put("willow.admin", true);
        expected.put("harbor.admin", false);
        expected.put("platform", false);
        List<String> problems = new ArrayList<>();
        expected.forEach((username, shouldOpen) -> {
            boolean opened;
            try {
                opened = clients.get(user(username), recordA).id() == recordA;
            } catch (AccessDeniedException e) {
                opened = false;
                assertThat(e.getMessage()).isEqualTo("This record does not exist or you do not have access to it.");
            }
            if (opened != shouldOpen) {
                problems.add(username + (opened ? " opened" : " was refused"));
            }
        });
        assertThat(problems).isEmpty();
        assertThat(parentB.clientId()).isNotEqualTo(recordA);
    }

    @Test
    void a_refused_record_is_audited_so_that_probing_ids_leaves_a_trace() {
        DyadUser otherAdmin = user("harbor.admin");
        long willowClient = user("parent.maya").clientId();
        int before = audit.count(otherAdmin, AuditQuery.all());
        assertThatThrownBy(() -> clients.get(otherAdmin, willowClient)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.find(otherAdmin, AuditQuery.all(), 0, 1)).first()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("client.access-denied");
                    assertThat(e.subjectId()).isEqualTo(willowClient);
                });
        assertThat(audit.count(otherAdmin, AuditQuery.all())).isEqualTo(before + 1);
    }

    @Test
    void staff_search_shows_only_their_own_clinic_and_parents_cannot_search() {
        DyadUser willow = user("willow.consultant");
        DyadUser harbor = user("harbor.consultant");
        assertThat(clients.count(willow, "")).isEqualTo(13);
        assertThat(clients.count(harbor, "")).isEqualTo(12);
        assertThat(clients.search(willow, "Maya", org.dyad.core.client.ClientSort.PARENT_ASC, 0, 50)).hasSize(1);
        assertThat(clients.search(harbor, "Maya", org.dyad.core.client.ClientSort.PARENT_ASC, 0, 50)).isEmpty();
        assertThatThrownBy(() -> clients.count(user("parent.maya"), "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.count(user("platform"), "")).isInstanceOf(AccessDeniedException.class);
        assertThat(Role.PLATFORM_ADMIN.isStaff()).isFalse();
    }

    private DyadUser user(String username) {
        return AccountService.toUser(accounts.findByUsername(username).orElseThrow());
    }
}
