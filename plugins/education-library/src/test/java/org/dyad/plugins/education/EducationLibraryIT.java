package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.dyad.api.AccessDeniedException;
import org.dyad.api.ClientRef;
import org.dyad.api.Role;
import org.dyad.api.ValidationException;
import org.dyad.plugins.education.FakeContext.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's services on real MariaDB, with two clinics, staff and parents. */
class EducationLibraryIT {

    private static TestDatabase db;
    private static User consultantA;
    private static User frontDeskA;
    private static User parentA;
    private static User consultantB;
    private static User parentB;
    private static long clientA;

    private FakeContext context;

    @BeforeAll
    static void database() throws Exception {
        db = new TestDatabase();
        long clinicA = db.clinic("Clinic A");
        long clinicB = db.clinic("Clinic B");
        clientA = db.client(clinicA, "Ada");
        long clientB = db.client(clinicB, "Bea");
        consultantA = new User(1, "Carla Consultant", Role.CONSULTANT, clinicA, null);
        frontDeskA = new User(2, "Fred Desk", Role.FRONT_DESK, clinicA, null);
        parentA = new User(3, "Ada Parent", Role.PARENT, clinicA, clientA);
        consultantB = new User(4, "Bob Consultant", Role.CONSULTANT, clinicB, null);
        parentB = new User(5, "Bea Parent", Role.PARENT, clinicB, clientB);
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        db.close();
    }

    @BeforeEach
    void signInConsultantA() {
        context = new FakeContext(db.dsl(), consultantA);
    }

    @Test
    void every_clinic_gets_the_starter_library_published_and_read_only() {
        List<ArticleCard> cards = new ReaderService(as(parentA)).browse(null);

        assertThat(cards).extracting(ArticleCard::title).contains("How your body makes milk", "Pumping basics");
        Article starter = starter("pumping-basics");
        assertThatThrownBy(() -> new LibraryService(as(consultantA)).publish(starter.id()))
                .hasMessage("Starter articles are read-only. Hide it and write your own instead.");
    }

    @Test
    void a_new_article_saved_again_with_its_request_key_is_created_once() {
        LibraryService library = new LibraryService(as(consultantA));
        UUID key = UUID.randomUUID();
        int before = db.dsl().fetchCount(table(name("education_library_article")));

        long first = library.create(draft("Saved twice", "Once is enough."), key);
        long again = library.create(draft("Saved twice", "Once is enough."), key);
        long other = library.create(draft("Saved twice", "Once is enough."), UUID.randomUUID());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(db.dsl().fetchCount(table(name("education_library_article"))))
                .isEqualTo(before + 2);
        assertThat(context.audit).filteredOn("education-library.article.created"::equals).hasSize(2);
    }

    @Test
    void publishing_keeps_the_previous_version_and_parents_read_the_live_one_until_the_next_publish() {
        LibraryService library = new LibraryService(as(consultantA));
        long id = library.create(draft("Latch basics", "Bring baby to the breast."), null);
        library.publish(id);
        library.update(id, library.get(id).rowVersion(), draft("Latch basics", "Bring baby to the breast, nose to nipple."));

        assertThat(new ReaderService(as(parentA)).article(id)).get()
                .extracting(PublishedArticle::bodyMarkdown).isEqualTo("Bring baby to the breast.");
        assertThat(new LibraryService(as(consultantA)).get(id).status()).isEqualTo(ArticleStatus.DRAFT);

        library.publish(id);

        assertThat(new ReaderService(as(parentA)).article(id)).get().extracting(PublishedArticle::version).isEqualTo(2);
        as(consultantA);
        assertThat(library.history(id)).extracting(VersionInfo::version).containsExactly(2, 1);
        assertThat(library.diff(id, 1, 2)).contains(new VersionDiff.Line(VersionDiff.Kind.REMOVED,
                "Bring baby to the breast."), new VersionDiff.Line(VersionDiff.Kind.ADDED,
                "Bring baby to the breast, nose to nipple."));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        LibraryService library = new LibraryService(as(consultantA));
        long id = library.create(draft("Two editors", "First."), null);
        int stale = library.get(id).rowVersion();
        library.update(id, stale, draft("Two editors", "Second."));

        assertThatThrownBy(() -> library.update(id, stale, draft("Two editors", "Third.")))
                .hasMessage("Someone else changed this article meanwhile. Reload it and edit again.");
    }

    @Test
    void the_same_edit_saved_again_after_a_lost_answer_is_taken_as_done() {
        LibraryService library = new LibraryService(as(consultantA));
        long id = library.create(draft("Saved edit", "First."), null);
        int version = library.get(id).rowVersion();
        library.update(id, version, draft("Saved edit", "Second."));

        library.update(id, version, draft("Saved edit", "Second."));

        assertThat(library.get(id).rowVersion()).isEqualTo(version + 1);
        assertThat(library.get(id).draft().bodyMarkdown()).isEqualTo("Second.");
        assertThat(context.audit).filteredOn("education-library.article.updated"::equals).hasSize(1);
    }

    @Test
    void a_retired_article_disappears_from_the_portal() {
        LibraryService library = new LibraryService(as(consultantA));
        long id = published("Old advice", "Outdated.");
        library.retire(id);

        assertThat(new ReaderService(as(parentA)).article(id)).isEmpty();
        assertThat(library.get(id).status()).isEqualTo(ArticleStatus.RETIRED);
    }

    @Test
    void an_assignment_with_a_note_is_tracked_from_assigned_to_opened_to_finished() {
        long id = published("Night feeds and you", "Prolactin is higher at night.");
        new ReadingService(as(consultantA)).assign(new Assignment(clientA, List.of(id), "Read before Tuesday"));

        ReadingService parent = new ReadingService(as(parentA));
        assertThat(parent.forYou()).filteredOn(r -> r.article().articleId() == id).singleElement()
                .satisfies(r -> assertThat(r.personalNote()).contains("Read before Tuesday"));
        assertThat(parent.nextUnread()).isPresent();
        parent.opened(id);
        assertThat(progress(id)).isEqualTo("Opened");
        context.advance(Duration.ofMinutes(3));
        new ReadingService(as(parentA)).finished(id);

        assertThat(progress(id)).isEqualTo("Finished");
        assertThat(new ReadingService(as(parentA)).nextUnread().map(r -> r.article().articleId())).isNotEqualTo(
                java.util.Optional.of(id));
        assertThat(context.audit).contains("education-library.article.assigned",
                "education-library.article.finished");
    }

    @Test
    void a_title_match_ranks_above_a_body_only_match() {
        long bodyOnly = published("Evening fussiness", "Babies with zorblat often cry. Zorblat zorblat zorblat.");
        long title = published("Zorblat explained", "A short note.");

        List<ArticleCard> hits = new ReaderService(as(parentA)).search("zorblat", null);

        assertThat(hits).extracting(ArticleCard::articleId).containsExactly(title, bodyOnly);
    }

    @Test
    void a_summary_or_tag_match_ranks_between_a_title_match_and_a_body_only_match() {
        long bodyOnly = published("Evening fussiness", "Babies with plimsoll often cry. Plimsoll plimsoll.");
        LibraryService library = new LibraryService(as(consultantA));
        long summary = library.create(new ArticleDraft("Quiet evenings", "About plimsoll.", "Text.",
                Category.FEEDING, List.of("evening"), "en", null), null);
        library.publish(summary);
        long title = published("Plimsoll explained", "Plimsoll, in short.");

        List<ArticleCard> hits = new ReaderService(as(parentA)).search("plimsoll", null);

        assertThat(hits).extracting(ArticleCard::articleId).containsExactly(title, summary, bodyOnly);
    }

    @Test
    void the_staff_list_pages_through_every_article_once() {
        published("Paging one", "Text.");
        published("Paging two", "Text.");
        LibraryService library = new LibraryService(as(consultantA));
        int total = library.count("");

        List<Long> ids = new java.util.ArrayList<>();
        for (int offset = 0; offset < total; offset += 4) {
            library.page("", offset, 4).forEach(article -> ids.add(article.id()));
        }

        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(library.count("paging")).isEqualTo(2);
        assertThat(library.page("paging", 0, 50)).hasSize(2);
    }

    @Test
    void another_clinic_never_sees_a_clinics_own_articles() {
        long id = published("Clinic A only: quokkas", "Quokka quokka.");

        assertThat(new ReaderService(as(parentB)).search("quokkas", null)).isEmpty();
        assertThat(new ReaderService(as(consultantB)).article(id)).isEmpty();
        assertThat(new LibraryService(as(consultantB)).page("quokkas", 0, 50)).isEmpty();
        assertThatThrownBy(() -> new LibraryService(as(consultantB)).get(id))
                .hasMessage("This article does not exist in your clinic's library.");
        assertThatThrownBy(() -> new ReadingService(as(consultantB)).assign(new Assignment(clientA, List.of(id), "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hiding_a_starter_article_hides_it_for_that_clinic_only() {
        Article starter = starter("hormonal-balance");
        new LibraryService(as(consultantA)).setHidden(starter.id(), true);

        assertThat(new ReaderService(as(parentA)).browse(null)).extracting(ArticleCard::title)
                .doesNotContain("Hormones and your milk");
        assertThat(new ReaderService(as(parentB)).browse(null)).extracting(ArticleCard::title)
                .contains("Hormones and your milk");
        new LibraryService(as(consultantA)).setHidden(starter.id(), false);
    }

    @Test
    void the_breathing_coach_link_shows_only_when_that_module_is_enabled() {
        ReaderService reader = new ReaderService(as(parentA));
        PublishedArticle stress = reader.article(starter("stress-rest-and-let-down").id()).orElseThrow();

        assertThat(reader.html(stress)).doesNotContain("breathing");
        context.enabledModules.add("breathing-coach");
        assertThat(reader.html(stress)).contains("<a href=\"/portal/breathing-coach/\"",
                "Try the breathing exercise now");
    }

    @Test
    void every_xss_payload_stored_in_an_article_renders_inert_on_the_portal() {
        long id = published("Payloads", String.join("\n\n", XssPayloads.all()));
        ReaderService reader = new ReaderService(as(parentA));

        String html = reader.html(reader.article(id).orElseThrow());

        XssPayloads.assertInert(html);
        assertThat(XssPayloads.all()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void front_desk_may_read_but_not_write_or_assign() {
        assertThat(new ReaderService(as(frontDeskA)).browse(null)).isNotEmpty();
        assertThatThrownBy(() -> new LibraryService(as(frontDeskA)).create(draft("No", "No."), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> new ReadingService(as(frontDeskA)).progress(clientA))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_parent_cannot_mark_another_clinics_article_as_read() {
        long id = published("Clinic A article for marking", "Text.");

        assertThatThrownBy(() -> new ReadingService(as(parentB)).finished(id))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void erasing_a_client_removes_their_reading_rows_and_export_lists_them_first() {
        long clientC = db.client(consultantA.clinicId(), "Cleo");
        long id = published("For Cleo", "Text.");
        new ReadingService(as(consultantA)).assign(new Assignment(clientC, List.of(id), "=1+1"));
        EducationClientData handler = new EducationClientData(as(consultantA));
        ClientRef client = new ClientRef(consultantA.clinicId(), clientC, "Cleo Test", List.of());
        StringBuilder exported = new StringBuilder();

        handler.export(client, (name, content) -> exported.append(name).append('\n').append(content));
        handler.erase(client);

        assertThat(exported).contains("education-library/readings.csv", "\"For Cleo\"", "\"'=1+1\"");
        assertThat(new ReadingService(as(consultantA)).progress(clientC)).isEmpty();
    }

    private FakeContext as(User user) {
        context.signIn(user);
        return context;
    }

    private long published(String title, String body) {
        LibraryService library = new LibraryService(as(consultantA));
        long id = library.create(draft(title, body), null);
        library.publish(id);
        return id;
    }

    private Article starter(String key) {
        new LibraryService(as(consultantA));
        return new ArticleStore(as(consultantA).data()).findStarter(key).orElseThrow();
    }

    private String progress(long articleId) {
        return new ReadingService(as(consultantA)).progress(clientA).stream()
                .filter(r -> r.article().articleId() == articleId).findFirst().orElseThrow().progress();
    }

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, "Summary.", body, Category.FEEDING, List.of("test"), "en", null);
    }
}
