package org.dyad.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void words_become_prefix_terms() {
        assertThat(SearchTerms.booleanQuery("Pump night")).contains("pump* night*");
    }

    @Test
    void boolean_operators_typed_by_a_person_cannot_change_the_query() {
        assertThat(SearchTerms.booleanQuery("+milk -\"let down\" (x) ~y <z> @3")).contains("milk* let* down*");
    }

    @Test
    void input_without_words_gives_no_query() {
        assertThat(SearchTerms.booleanQuery(" +-*\"() a ")).isEmpty();
    }

    @Test
    void at_most_eight_distinct_words_are_searched() {
        assertThat(SearchTerms.booleanQuery("aa aa bb cc dd ee ff gg hh ii jj"))
                .contains("aa* bb* cc* dd* ee* ff* gg* hh*");
    }
}
