package io.factcheck.knowledgesync;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one SPARQL query of the sync (src/docs/knowledge-sync.md documents it, and a test keeps the two the same): the
 * holders of a list of offices, one row per P39 (position held) statement that is not deprecated, with its start and
 * end qualifiers (P580, P582) and their precisions, English labels, and the office's jurisdiction (P1001) when it has
 * one. The sync sends it for batches of offices; an offline import takes its answer.
 */
public final class HolderQuery {

    /** The query with its VALUES list as {@code %OFFICES%}. */
    public static final String TEMPLATE = """
            SELECT ?person ?personLabel ?office ?officeLabel ?statement ?start ?startPrecision ?end ?endPrecision
                   ?country ?countryLabel
            WHERE {
              VALUES ?office { %OFFICES% }
              ?person p:P39 ?statement .
              ?statement ps:P39 ?office ;
                         wikibase:rank ?rank .
              FILTER(?rank != wikibase:DeprecatedRank)
              OPTIONAL { ?statement pqv:P580 ?startValue .
                         ?startValue wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision . }
              OPTIONAL { ?statement pqv:P582 ?endValue .
                         ?endValue wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision . }
              OPTIONAL { ?office wdt:P1001 ?country . }
              SERVICE wikibase:label { bd:serviceParam wikibase:language "en" . }
            }
            ORDER BY ?office ?start ?statement
            """;

    private static final Pattern ITEM_ID = Pattern.compile("Q[1-9]\\d*");

    private HolderQuery() {
    }

    /** The query for these offices' Wikidata ids ("Q1234"). */
    public static String forOffices(List<String> wikidataIds) {
        for (String id : wikidataIds) {
            if (!ITEM_ID.matcher(id).matches()) {
                // ids come from our own database; one that is not an item id must not reach the query text
                throw new IllegalArgumentException("not a Wikidata item id: " + id);
            }
        }
        return TEMPLATE.replace("%OFFICES%", wikidataIds.stream().map(id -> "wd:" + id)
                .collect(Collectors.joining(" ")));
    }
}
