package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.dyad.testkit.DyadPluginTest;
import org.dyad.testkit.HostileAttempts;
import org.dyad.testkit.HostileInput;
import org.dyad.testkit.TestKit;
import org.dyad.testkit.TestParent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The hostile corpus fed to every field of the article editor (title, summary, Markdown body, category, tags,
 * language, review date) on create and on edit, to the assignment of articles to a client (its note and articles),
 * and to the staff and portal searches and the Markdown preview. Each write is refused with a validation message and
 * leaves the plugin's tables unchanged, or stores a valid value that reads back verbatim; each query answers (the
 * preview with inert HTML).
 */
@DyadPluginTest
class EducationLibraryHostileInputIT {

    private HostileAttempts attempts;
    private LibraryService library;
    private int titles;

    @Test
    void every_field_refuses_hostile_values_or_stores_them_verbatim(TestKit kit) {
        kit.actAs(kit.clinicB().consultant());
        LibraryService other = new LibraryService(kit.context());
        long otherClinicsArticle = other.create(valid(), null);
        other.publish(otherClinicsArticle);
        kit.actAs(kit.clinicA().consultant());
        library = new LibraryService(kit.context());
        new ReaderService(kit.context());
        attempts = HostileAttempts.watching(kit.dsl(), kit.pluginTables());
        editor();
        edits();
        assignments(kit, kit.clinicA().parent1(), otherClinicsArticle);
        searches(kit);
        attempts.figures("hostile-input-education-library", "The hostile corpus fed to the article editor (title, "
                        + "summary, Markdown body, category, tags, language, review date) on create and edit, to "
                        + "assignments (note, articles), and to the staff and portal searches and the Markdown preview",
                        HostileInput.size())
                .write();
        assertThat(attempts.findings()).isEmpty();
    }

    private void editor() {
        HostileInput.strings().forEach((name, s) -> {
            String stripped = s.strip();
            create("title " + name, stripped.isEmpty() || stripped.length() > 200,
                    () -> new ArticleDraft(s, "Summary", "Body", Category.FEEDING, List.of(), "en", null));
            create("summary " + name, stripped.length() > 500,
                    () -> new ArticleDraft(title(), s, "Body", Category.FEEDING, List.of(), "en", null));
            create("body " + name, s.isBlank() || s.getBytes(StandardCharsets.UTF_8).length > 200 * 1024,
                    () -> new ArticleDraft(title(), "", s, Category.FEEDING, List.of(), "en", null));
            create("tags " + name, !tagsFit(s),
                    () -> new ArticleDraft(title(), "", "Body", Category.PUMPING, Tags.split(s), "en", null));
            create("language " + name, true,
                    () -> new ArticleDraft(title(), "", "Body", Category.PUMPING, List.of(), s, null));
        });
        String over = "€".repeat(70_000);
        create("body of 205 KB", true, () -> new ArticleDraft(title(), "", over, Category.SUPPLY, List.of(), "en", null));
        create("eleven tags", true, () -> new ArticleDraft(title(), "", "Body", Category.SUPPLY,
                LongStream.rangeClosed(1, 11).mapToObj(i -> "tag" + i).toList(), "en", null));
        create("category null", true, () -> new ArticleDraft(title(), "", "Body", null, List.of(), "en", null));
        create("title null", true, () -> new ArticleDraft(null, "", "Body", Category.SUPPLY, List.of(), "en", null));
        create("tags null", false, () -> new ArticleDraft(title(), "", "Body", Category.SUPPLY, null, "en", null));
        for (LocalDate date : HostileInput.dates()) {
            create("review date " + date, true,
                    () -> new ArticleDraft(title(), "", "Body", Category.WELLBEING, List.of(), "en", date));
        }
        create("review date today", false, () -> new ArticleDraft(title(), "", "Body", Category.WELLBEING, List.of(),
                "en", LocalDate.now()));
    }

    /** The editor saving over an article: a refused edit leaves the stored article as it was. */
    private void edits() {
        long id = library.create(valid(), null);
        HostileInput.strings().forEach((name, s) -> attempts.attempt("edited title " + name,
                s.isBlank() || s.strip().length() > 200, () -> {
                    ArticleDraft draft = new ArticleDraft(s, "Summary", "Body", Category.FEEDING, List.of(), "en", null);
                    library.update(id, library.get(id).rowVersion(), draft);
                    return library.get(id).draft().equals(draft) && library.get(id).draft().title().equals(s.strip());
                }));
        for (int version : HostileInput.integers()) {
            attempts.mustReject("edit of row version " + version, () -> library.update(id, version, valid()));
        }
        for (LocalDate date : HostileInput.dates()) {
            attempts.mustReject("edited review date " + date, () -> library.update(id, library.get(id).rowVersion(),
                    new ArticleDraft(title(), "", "Body", Category.WELLBEING, List.of(), "en", date)));
        }
    }

    private void assignments(TestKit kit, TestParent parent, long otherClinicsArticle) {
        long article = library.create(valid(), null);
        library.publish(article);
        long unpublished = library.create(valid(), null);
        ReadingService readings = new ReadingService(kit.context());
        HostileInput.strings().forEach((name, note) -> attempts.attempt("assignment note " + name,
                note.strip().length() > 1000, () -> {
                    readings.assign(new Assignment(parent.clientId(), List.of(article), note));
                    return readings.progress(parent.clientId()).stream()
                            .filter(r -> r.article().articleId() == article)
                            .anyMatch(r -> Objects.equals(r.note(), note.strip()));
                }));
        List<List<Long>> badArticles = new ArrayList<>();
        badArticles.add(List.of());
        badArticles.add(LongStream.rangeClosed(1, 21).boxed().toList());
        for (long id : new long[] {-1, 0, Long.MIN_VALUE, Long.MAX_VALUE, unpublished, otherClinicsArticle}) {
            badArticles.add(List.of(id));
        }
        for (List<Long> ids : badArticles) {
            attempts.mustReject("assigned articles " + (ids.size() > 3 ? ids.size() + " ids" : ids),
                    () -> readings.assign(new Assignment(parent.clientId(), ids, "Read this.")));
        }
        attempts.mustReject("assigned articles null", () -> readings.assign(new Assignment(parent.clientId(), null, "")));
    }

    private void searches(TestKit kit) {
        List<String> queries = new ArrayList<>(HostileInput.strings().values());
        queries.addAll(List.of("\"unbalanced", "+must -not", "pump*", "(((", "@distance", "~0", "a".repeat(300) + " b",
                String.join(" ", java.util.Collections.nCopies(5000, "word"))));
        for (String query : queries) {
            String what = describe(query);
            attempts.query("staff search " + what, () -> {
                library.page(query, 0, 50);
                library.count(query);
            });
            attempts.query("Markdown preview " + what, () -> XssPayloads.assertInert(library.preview(query)));
        }
        kit.actAs(kit.clinicA().parent1().user());
        ReaderService reader = new ReaderService(kit.context());
        for (String query : queries) {
            attempts.query("portal search " + describe(query), () -> reader.search(query, null));
            attempts.query("portal search in a category " + describe(query), () -> reader.search(query, Category.SUPPLY));
        }
    }

    private void create(String what, boolean invalid, Supplier<ArticleDraft> draft) {
        attempts.attempt(what, invalid, () -> {
            ArticleDraft given = draft.get();
            long id = library.create(given, null);
            return library.get(id).draft().equals(given);
        });
    }

    /** What the form makes of the tags field: at most 10 distinct tags of at most 40 characters. */
    private static boolean tagsFit(String s) {
        List<String> tags = Tags.split(s).stream().map(String::toLowerCase).distinct().toList();
        return tags.size() <= ArticleDraft.MAX_TAGS && tags.stream().allMatch(t -> t.length() <= ArticleDraft.MAX_TAG);
    }

    private ArticleDraft valid() {
        return new ArticleDraft(title(), "A summary.", "Some *text*.", Category.FEEDING, List.of("latch"), "en", null);
    }

    private String title() {
        return "Article " + ++titles;
    }

    private static String describe(@Nullable String value) {
        return value == null ? "null" : value.length() > 40 ? value.substring(0, 20) + "…(" + value.length()
                + " chars)" : "'" + value + "'";
    }
}
