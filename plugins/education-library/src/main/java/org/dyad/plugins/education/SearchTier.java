package org.dyad.plugins.education;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dyad.plugins.education.Db.V;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.impl.SQLDataType;

/**
 * Where a portal search looks, in ranking order: every title match ranks above every summary or tag match, which
 * ranks above every match in the text only. Each tier's columns are exactly those of one {@code FULLTEXT} index on
 * the published versions, so that MariaDB answers it from that index. A later tier runs only while the page is not
 * full: short columns answer most searches, and the long bodies are read only for words that titles and summaries
 * rarely use.
 */
enum SearchTier {
    TITLE(List.of(V.TITLE)),
    SUMMARY_AND_TAGS(List.of(V.SUMMARY, V.TAGS)),
    EVERYTHING(List.of(V.TITLE, V.SUMMARY, V.TAGS, V.BODY));

    private final List<Field<String>> columns;

    SearchTier(List<Field<String>> columns) {
        this.columns = columns;
    }

    /** MariaDB's relevance of the tier's columns to a boolean-mode query from {@link SearchTerms}; 0 if no match. */
    Field<Double> relevance(String booleanQuery) {
        List<QueryPart> parts = new ArrayList<>(columns);
        parts.add(val(booleanQuery));
        String placeholders = IntStream.range(0, columns.size()).mapToObj(i -> "{" + i + "}")
                .collect(Collectors.joining(", "));
        return field("match(" + placeholders + ") against ({" + columns.size() + "} in boolean mode)",
                SQLDataType.DOUBLE, parts.toArray(QueryPart[]::new));
    }
}
