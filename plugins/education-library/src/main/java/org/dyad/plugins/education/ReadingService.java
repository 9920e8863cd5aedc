package org.dyad.plugins.education;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dyad.api.CurrentUser;
import org.dyad.api.PluginContext;
import org.dyad.api.ValidationException;

/**
 * Assigning articles to a client and tracking what the client opened and finished. Staff need the assign permission
 * and access to the client; a parent only ever reaches their own client record.
 */
final class ReadingService {

    private final PluginContext context;
    private final ReadingStore readings;
    private final VersionStore versions;

    ReadingService(PluginContext context) {
        this.context = context;
        this.readings = new ReadingStore(context.data());
        this.versions = new VersionStore(context.data());
    }

    void assign(Assignment assignment) {
        user().require(Permissions.ASSIGN);
        user().requireClient(assignment.clientId());
        assignment.articleIds().forEach(this::requireLive);
        context.data().inTransaction(dsl -> {
            assignment.articleIds().forEach(id -> readings.assign(assignment.clientId(), id, assignment.note(),
                    user().displayName(), now()));
            return null;
        });
        assignment.articleIds().forEach(id -> context.audit().record("education-library.article.assigned",
                "article", id, assignment.clientId(), null));
    }

    /** What the client was assigned, opened and finished, for the staff client record. */
    List<Reading> progress(long clientId) {
        user().require(Permissions.ASSIGN);
        user().requireClient(clientId);
        context.audit().record("education-library.progress.read", "client", clientId, clientId, null);
        return readings.forClient(clientId);
    }

    /** The signed-in parent's assigned articles, newest first; audited as a read of the parent's own record. */
    List<Reading> forYou() {
        return ownClient().map(id -> {
            List<Reading> assigned = readings.forClient(id).stream().filter(Reading::assigned).toList();
            context.audit().record("education-library.assignments.read", "client", id, id,
                    assigned.size() + " assigned");
            return assigned;
        }).orElseGet(List::of);
    }

    /** The first assigned article the parent has not finished yet, oldest assignment first. */
    Optional<Reading> nextUnread() {
        List<Reading> open = forYou().stream().filter(r -> !r.finished()).toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(open.getLast());
    }

    /** Records that the parent opened the article; staff reading an article leave no trace on any client. */
    void opened(long articleId) {
        requireLive(articleId);
        ownClient().ifPresent(client -> {
            readings.opened(client, articleId, now());
            context.audit().record("education-library.article.opened", "article", articleId, client, null);
        });
    }

    void finished(long articleId) {
        requireLive(articleId);
        ownClient().ifPresent(client -> {
            readings.finished(client, articleId, now());
            context.audit().record("education-library.article.finished", "article", articleId, client, null);
        });
    }

    private Optional<Long> ownClient() {
        user().require(Permissions.READ);
        return user().clientId();
    }

    private void requireLive(long articleId) {
        if (versions.live(articleId).isEmpty()) {
            throw new ValidationException("articles", "This article is not in your clinic's library.");
        }
    }

    private CurrentUser user() {
        return context.currentUser();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(context.clock().withZone(ZoneOffset.UTC));
    }
}
