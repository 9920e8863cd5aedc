package org.dyad.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of an {@link AccessMatrix}: a service method, how to call it in a cell, who may, and what an allowed call
 * audits. Everyone not {@linkplain #allow allowed} must be refused with {@link org.dyad.api.AccessDeniedException}.
 *
 * @since 1.0.0
 */
public final class MatrixRow {

    /** Calls the method for one cell; return its result (or null) for {@link #check} and {@link ExpectedAudit#client}. */
    @FunctionalInterface
    public interface Call {
        @Nullable Object run(MatrixCell cell) throws Exception;
    }

    /** Prepares fresh state for one cell (e.g. an entry to delete); runs before the cell, as the set-up actor. */
    @FunctionalInterface
    public interface Setup {
        @Nullable Object prepare(MatrixCell cell) throws Exception;
    }

    /** Further assertions on an allowed call's result (e.g. another clinic's admin does not see clinic A's client). */
    @FunctionalInterface
    public interface Check {
        void verify(MatrixCell cell, @Nullable Object result);
    }

    final Class<?> service;
    final String method;
    @Nullable Call call;
    @Nullable Set<Actor> allowed;
    final List<ExpectedAudit> audits = new ArrayList<>();
    @Nullable String notAudited;
    @Nullable Actor setupActor;
    @Nullable Setup setup;
    @Nullable Boolean freshClient;
    @Nullable Class<? extends RuntimeException> outsiderRefusal;
    @Nullable Check check;

    MatrixRow(Class<?> service, String method) {
        this.service = service;
        this.method = method;
    }

    /** How to call the method. Required. */
    public MatrixRow call(Call call) {
        this.call = call;
        return this;
    }

    /** Who may call it; all other actors must be refused. Required (call it without actors if nobody may). */
    public MatrixRow allow(Actor... actors) {
        this.allowed = actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(Arrays.asList(actors));
        return this;
    }

    /** Who may call it; all other actors must be refused. */
    public MatrixRow allow(Set<Actor> actors) {
        return allow(actors.toArray(Actor[]::new));
    }

    /** Each allowed call writes these actions about the target client, by the signed-in user. */
    public MatrixRow audits(String... actions) {
        Arrays.stream(actions).map(ExpectedAudit::of).forEach(audits::add);
        return this;
    }

    /** Each allowed call writes these events. */
    public MatrixRow audits(ExpectedAudit... expected) {
        audits.addAll(Arrays.asList(expected));
        return this;
    }

    /** Allowed calls need write no audit event, for the reason given (shown in failures; keep it honest). */
    public MatrixRow notAudited(String reason) {
        this.notAudited = reason;
        return this;
    }

    /** Runs the set-up as {@code actor} before every cell; the call finds its result in {@link MatrixCell#given()}. */
    public MatrixRow given(Actor actor, Setup setup) {
        this.setupActor = actor;
        this.setup = setup;
        return this;
    }

    /**
     * Every cell gets a new client of clinic A (one baby), created by the consultant, as its target — for calls that
     * consume the client (erasure) or need one in a given state. With {@code portalAccount} parent A is a new portal
     * account of that client; without, parent A keeps their account but is bound to the new client (a client without
     * an account of their own, as before an invitation is redeemed).
     */
    public MatrixRow freshClient(boolean portalAccount) {
        this.freshClient = portalAccount;
        return this;
    }

    /**
     * Actors outside clinic A ({@link Actor#OTHER_CLINIC_ADMIN}, {@link Actor#PLATFORM_ADMIN}) may be refused with this
     * exception instead: the call looks the id up within the caller's own clinic and reports it as not found, which
     * reveals nothing either. Everyone else must still get {@link org.dyad.api.AccessDeniedException}.
     */
    public MatrixRow outsidersGetNotFound(Class<? extends RuntimeException> type) {
        this.outsiderRefusal = type;
        return this;
    }

    /** Further assertions on each allowed call's result. */
    public MatrixRow check(Check check) {
        this.check = check;
        return this;
    }

    String name() {
        return service.getSimpleName() + "#" + method;
    }
}
