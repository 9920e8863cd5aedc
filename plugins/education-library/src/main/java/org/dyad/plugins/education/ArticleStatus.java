package org.dyad.plugins.education;

/**
 * Where an article's working copy stands. Parents see the last published version ({@code live_version}) of any article
 * that is not retired, even while its working copy is a draft or in review again.
 */
enum ArticleStatus {
    DRAFT("Draft"), IN_REVIEW("In review"), PUBLISHED("Published"), RETIRED("Retired");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
