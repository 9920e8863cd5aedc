package org.dyad.plugins.education;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.QueryPart;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A MariaDB full-text match over an indexed column list, ranked so that every title match comes before every
 * body-only match, then by relevance. The columns must be exactly those of a {@code FULLTEXT} index; the query is a
 * bind value built by {@link SearchTerms}.
 */
final class FullText {

    private static final int TITLE_WEIGHT = 10;

    private final Field<Double> titleScore;
    private final Field<Double> allScore;

    FullText(Field<String> title, List<Field<String>> all, String booleanQuery) {
        this.titleScore = score(List.of(title), booleanQuery);
        this.allScore = score(all, booleanQuery);
    }

    Condition matches() {
        return DSL.condition("{0}", allScore);
    }

    List<SortField<?>> ranking() {
        Field<Integer> titleHit = DSL.when(titleScore.gt(inline(0.0)), inline(1)).otherwise(inline(0));
        return List.of(titleHit.desc(), titleScore.times(inline(TITLE_WEIGHT)).plus(allScore).desc());
    }

    private static Field<Double> score(List<Field<String>> columns, String booleanQuery) {
        List<QueryPart> parts = new ArrayList<>(columns);
        parts.add(val(booleanQuery));
        String placeholders = String.join(", ", IntStream.range(0, columns.size())
                .mapToObj(i -> "{" + i + "}").toList());
        return field("match(" + placeholders + ") against ({" + columns.size() + "} in boolean mode)",
                SQLDataType.DOUBLE, parts.toArray(QueryPart[]::new));
    }
}
