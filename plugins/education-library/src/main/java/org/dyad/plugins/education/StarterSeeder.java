package org.dyad.plugins.education;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.api.ClinicData;
import org.jooq.exception.DataAccessException;

/**
 * Gives the current clinic its copy of the starter library, once per clinic and plugin start: missing articles are
 * added and published, and articles whose text changed in a newer plugin version are published as a new version, so
 * the history shows what the platform changed. Safe when two nodes do it at once (a unique key refuses the loser).
 * After the first full comparison a count of the clinic's starter rows is the only check.
 */
final class StarterSeeder {

    private static final List<StarterArticle> LIBRARY = StarterLibrary.load();
    private static final Set<Long> SEEDED = ConcurrentHashMap.newKeySet();

    private final ClinicData data;
    private final Clock clock;

    StarterSeeder(ClinicData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    static List<StarterArticle> library() {
        return LIBRARY;
    }

    void ensureSeeded() {
        long clinicId = data.clinicId();
        if (SEEDED.contains(clinicId) && new ArticleStore(data).starterCount() == LIBRARY.size()) {
            return;
        }
        try {
            data.inTransaction(dsl -> {
                LIBRARY.forEach(this::seed);
                return null;
            });
        } catch (DataAccessException concurrentSeeding) {
            return;
        }
        SEEDED.add(clinicId);
    }

    private void seed(StarterArticle starter) {
        ArticleStore articles = new ArticleStore(data);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Article current = articles.findStarter(starter.key()).orElse(null);
        if (current != null && current.draft().equals(starter.draft())) {
            return;
        }
        long id = current == null
                ? articles.insert(starter.draft(), StarterLibrary.AUTHOR, starter.key(), now)
                : update(articles, current, starter, now);
        Article article = articles.find(id).orElseThrow();
        int version = new VersionStore(data).publish(article, StarterLibrary.AUTHOR, now);
        articles.setStatus(id, ArticleStatus.PUBLISHED, version, now);
    }

    private static long update(ArticleStore articles, Article current, StarterArticle starter, LocalDateTime now) {
        articles.update(current.id(), current.rowVersion(), starter.draft(), now);
        return current.id();
    }
}
