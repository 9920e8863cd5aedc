package org.dyad.plugins.education;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dyad.api.Role;
import org.dyad.plugins.education.Db.V;
import org.dyad.plugins.education.FakeContext.User;
import org.jooq.impl.DSL;

/**
 * Seeds 5,000 published articles ({@link BenchmarkCorpus}) into one clinic of a throwaway MariaDB schema, then times
 * the portal search ({@link ReaderService#search}, as a parent calls it) over twenty queries a parent might type, and
 * prints p50, p95 and max, per query and overall, plus the statement's plan. Target: p95 at most 50 ms. Run with
 * {@code ./mvnw -q -o -pl plugins/education-library test-compile exec:java} (see docs/benchmarks-education.md).
 */
public final class SearchBenchmark {

    private static final int ARTICLES = 5_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 30;
    private static final double TARGET_P95_MS = 50;
    private static final List<String> QUERIES = List.of("milk supply", "night feeds", "pumping at work", "let-down",
            "is my baby getting enough milk", "sore nipples", "prolactin", "latch pain", "cluster feeding",
            "stress and tiredness", "storing milk in the fridge", "weight gain", "oxytocin", "colostrum",
            "when to call the consultant", "growth spurts", "formula top up", "flange size", "thyroid", "mastitis");

    private final PrintStream out;

    private SearchBenchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        new SearchBenchmark(System.out).run();
    }

    private void run() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            long clinic = db.clinic("Benchmark clinic");
            FakeContext context = new FakeContext(db.dsl(), new User(1, "Parent", Role.PARENT, clinic, null));
            BenchmarkCorpus corpus = new BenchmarkCorpus(42);
            long seeding = System.nanoTime();
            int bodyWords = seed(context, corpus);
            db.dsl().execute("ANALYZE TABLE education_library_version, education_library_article");
            out.printf(Locale.ROOT, "Seeded %,d published articles (%,d words in all, median %,d per body; "
                            + "vocabulary %,d words) in %.0f s%n", ARTICLES, bodyWords, medianWords(context),
                    corpus.vocabularySize(), (System.nanoTime() - seeding) / 1e9);
            ReaderService reader = new ReaderService(context);
            Map<String, List<Long>> timings = measure(reader);
            report(timings, context);
        }
    }

    private static int seed(FakeContext context, BenchmarkCorpus corpus) {
        ArticleStore articles = new ArticleStore(context.data());
        VersionStore versions = new VersionStore(context.data());
        LocalDateTime now = LocalDateTime.now();
        int words = 0;
        for (int batch = 0; batch < ARTICLES / 500; batch++) {
            List<ArticleDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                drafts.add(corpus.next());
            }
            words += drafts.stream().mapToInt(d -> d.bodyMarkdown().split("\\s+").length).sum();
            context.data().inTransaction(dsl -> {
                drafts.forEach(draft -> {
                    long id = articles.insert(draft, "Bench", null, now);
                    Article article = articles.find(id).orElseThrow();
                    articles.setStatus(id, ArticleStatus.PUBLISHED, versions.publish(article, "Bench", now), now);
                });
                return null;
            });
        }
        return words;
    }

    private static int medianWords(FakeContext context) {
        List<Integer> minutes = context.data().dsl().select(V.READING_MINUTES).from(V.T)
                .fetch(V.READING_MINUTES).stream().sorted().toList();
        return minutes.get(minutes.size() / 2) * 200;
    }

    private static Map<String, List<Long>> measure(ReaderService reader) {
        Map<String, List<Long>> timings = new HashMap<>();
        Random order = new Random(7);
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            List<String> queries = new ArrayList<>(QUERIES);
            Collections.shuffle(queries, order);
            for (String query : queries) {
                long start = System.nanoTime();
                reader.search(query, null);
                long took = System.nanoTime() - start;
                if (round >= WARM_UP_ROUNDS) {
                    timings.computeIfAbsent(query, q -> new ArrayList<>()).add(took);
                }
            }
        }
        return timings;
    }

    private void report(Map<String, List<Long>> timings, FakeContext context) {
        VersionStore versions = new VersionStore(context.data());
        out.printf(Locale.ROOT, "%-32s %8s %8s %8s %8s%n", "query", "matches", "p50 ms", "p95 ms", "max ms");
        List<Long> all = new ArrayList<>();
        for (String query : QUERIES) {
            long[] sorted = sorted(timings.get(query));
            all.addAll(timings.get(query));
            out.printf(Locale.ROOT, "%-32s %8d %8.1f %8.1f %8.1f%n", query, matches(context, query),
                    millis(sorted, 0.50), millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
        }
        long[] sorted = sorted(all);
        double p95 = millis(sorted, 0.95);
        out.printf(Locale.ROOT, "education-library search over %,d articles, %,d timed searches: p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms (target p95 <= %.0f ms: %s)%n", ARTICLES, sorted.length,
                millis(sorted, 0.50), p95, sorted[sorted.length - 1] / 1e6, TARGET_P95_MS,
                p95 <= TARGET_P95_MS ? "met" : "NOT met");
        String booleanQuery = SearchTerms.booleanQuery("colostrum").orElseThrow();
        for (SearchTier tier : SearchTier.values()) {
            out.println("Plan of the " + tier + " tier (EXPLAIN):");
            out.println(context.data().dsl().explain(versions.tierQuery(tier, booleanQuery, null, List.of(1L), 50))
                    .plan());
        }
    }

    private static int matches(FakeContext context, String query) {
        String booleanQuery = SearchTerms.booleanQuery(query).orElseThrow();
        return context.data().dsl().fetchCount(V.T,
                DSL.condition("{0}", SearchTier.EVERYTHING.relevance(booleanQuery)));
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
