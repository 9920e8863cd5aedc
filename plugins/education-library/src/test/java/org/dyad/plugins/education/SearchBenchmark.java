package org.dyad.plugins.education;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.dyad.api.Role;
import org.dyad.plugins.education.FakeContext.User;

/**
 * Seeds 5,000 published articles into one clinic of a throwaway MariaDB schema and prints the portal search's p50 and
 * p95 over a mix of queries. Target: p95 at most 50 ms. Run with:
 *
 * <pre>
 * ./mvnw -q -o -pl plugins/education-library test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
 * java -cp plugins/education-library/target/test-classes:plugins/education-library/target/classes:$(cat plugins/education-library/target/bench.cp) \
 *   org.dyad.plugins.education.SearchBenchmark   (with a JDK 21+ java)
 * </pre>
 */
final class SearchBenchmark {

    private static final int ARTICLES = 5_000;
    private static final int WARM_UP = 50;
    private static final int RUNS = 400;
    private static final String[] WORDS = ("milk supply latch pump night feed prolactin oxytocin nipple breast baby "
            + "weight nappy sleep rest stress colostrum storage fridge flange mastitis jaundice growth spurt cluster "
            + "formula bottle comfort position hold skin contact hunger signal hormone thyroid placenta").split(" ");
    private static final List<String> QUERIES = List.of("milk supply", "night feeds", "pumping storage", "let-down",
            "weight gain baby", "mastitis", "prolactin", "latch pain nipple", "cluster feeding evening", "fridge");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            long clinic = db.clinic("Benchmark clinic");
            FakeContext context = new FakeContext(db.dsl(), new User(1, "Bench", Role.CONSULTANT, clinic, null));
            seed(context);
            ReaderService reader = new ReaderService(context);
            for (int i = 0; i < WARM_UP; i++) {
                reader.search(QUERIES.get(i % QUERIES.size()), null);
            }
            print(measure(reader));
        }
    }

    private static void seed(FakeContext context) {
        Random random = new Random(42);
        context.data().inTransaction(dsl -> {
            ArticleStore articles = new ArticleStore(context.data());
            VersionStore versions = new VersionStore(context.data());
            for (int i = 0; i < ARTICLES; i++) {
                long id = articles.insert(draft(random, i), "Bench", null, java.time.LocalDateTime.now());
                Article article = articles.find(id).orElseThrow();
                articles.setStatus(id, ArticleStatus.PUBLISHED, versions.publish(article, "Bench",
                        java.time.LocalDateTime.now()), java.time.LocalDateTime.now());
            }
            return null;
        });
    }

    private static ArticleDraft draft(Random random, int i) {
        String title = words(random, 4) + " " + i;
        String body = words(random, 400 + random.nextInt(400));
        Category category = Category.values()[random.nextInt(Category.values().length)];
        return new ArticleDraft(title, words(random, 20), body, category, List.of(WORDS[random.nextInt(WORDS.length)]),
                "en", null);
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private static long[] measure(ReaderService reader) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            reader.search(QUERIES.get(i % QUERIES.size()), null);
            nanos.add(System.nanoTime() - start);
        }
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void print(long[] sorted) {
        System.out.printf(Locale.ROOT, "education-library search over %,d articles, %d queries: p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms (target p95 <= 50 ms)%n", ARTICLES, sorted.length,
                millis(sorted, 0.50), millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }
}
