package io.factcheck.knowledgesync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class HolderQueryTest {

    @Test
    void the_guide_documents_the_query_the_sync_sends() throws Exception {
        String guide = Files.readString(Path.of("src/docs/knowledge-sync.md"));
        assertThat(guide).as("src/docs/knowledge-sync.md shows HolderQuery.TEMPLATE verbatim")
                .contains("```sparql\n" + HolderQuery.TEMPLATE + "```");
    }

    @Test
    void lists_the_batch_of_offices_in_values() {
        assertThat(HolderQuery.forOffices(List.of("Q1587677", "Q11696")))
                .contains("VALUES ?office { wd:Q1587677 wd:Q11696 }")
                .doesNotContain("%OFFICES%");
    }

    @Test
    void sends_nothing_that_is_not_an_item_id() {
        assertThatThrownBy(() -> HolderQuery.forOffices(List.of("Q1 } . ?x ?y ?z . VALUES ?office { wd:Q2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_retry_after_as_seconds_or_an_http_date() {
        assertThat(SparqlEndpoint.retryAfter("7")).contains(java.time.Duration.ofSeconds(7));
        assertThat(SparqlEndpoint.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(java.time.Duration.ZERO);
        assertThat(SparqlEndpoint.retryAfter(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(30))))
                .hasValueSatisfying(wait -> assertThat(wait.toSeconds()).isBetween(25L, 30L));
        assertThat(SparqlEndpoint.retryAfter("soon")).isEmpty();
        assertThat(SparqlEndpoint.retryAfter(null)).isEmpty();
    }
}
