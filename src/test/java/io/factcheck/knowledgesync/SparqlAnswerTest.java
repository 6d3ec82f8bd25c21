package io.factcheck.knowledgesync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.factcheck.knowledge.DatePrecision;

/** Reading the Query Service's answers: strictly, with a reason for everything refused or skipped. */
class SparqlAnswerTest {

    private final SparqlFixture fixture = new SparqlFixture();

    @Test
    void reads_every_statement_of_a_recorded_answer() {
        SparqlAnswer answer = parse(fixture.text(SparqlFixture.HOLDERS));

        assertThat(answer.bindings()).isEqualTo(5);
        assertThat(answer.positions()).hasSize(5);
        HeldPosition ended = answer.positions().get(0);
        assertThat(ended.statementId()).isEqualTo(fixture.statement("Q910000011", "7D0C4A1E-3B52-4F6A-9E81-2C5B7A9D0F13"));
        assertThat(ended.personId()).isEqualTo(fixture.id("Q910000011"));
        assertThat(ended.personLabel()).isEqualTo(fixture.name("Oskar Vellamo"));
        assertThat(ended.officeId()).isEqualTo(fixture.id("Q910000002"));
        assertThat(ended.officeLabel()).isEqualTo(fixture.name("Prime Minister of Norrland"));
        assertThat(ended.countryLabel()).isEqualTo(fixture.name("Norrland"));
        assertThat(ended.start()).isEqualTo(LocalDate.parse("2019-07-15"));
        assertThat(ended.end()).isEqualTo(LocalDate.parse("2025-02-01"));
        assertThat(ended.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(ended.problem()).isNull();
        assertThat(answer.positions().get(1).end()).as("an open term").isNull();
    }

    @Test
    void keeps_a_month_precision_as_the_first_of_the_month() {
        HeldPosition speaker = parse(fixture.text(SparqlFixture.HOLDERS)).positions().get(4);
        assertThat(speaker.start()).isEqualTo(LocalDate.parse("2022-10-01"));
        assertThat(speaker.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void a_statement_without_a_start_is_kept_with_its_problem() {
        HeldPosition noStart = parse(fixture.text(SparqlFixture.HOLDERS)).positions().get(2);
        assertThat(noStart.personLabel()).isEqualTo(fixture.name("Mikael Orsa"));
        assertThat(noStart.problem()).isEqualTo("no known start time (P580)");
    }

    @Test
    void an_empty_answer_has_no_statements() {
        assertThat(parse(SparqlFixture.raw(SparqlFixture.EMPTY)).positions()).isEmpty();
    }

    @Test
    void refuses_a_truncated_answer() {
        assertThatThrownBy(() -> parse(fixture.text(SparqlFixture.TRUNCATED)))
                .isInstanceOf(SparqlAnswerException.class)
                .hasMessageStartingWith("truncated JSON")
                .extracting(e -> ((SparqlAnswerException) e).kind()).isEqualTo(SparqlAnswerException.Kind.MALFORMED_JSON);
    }

    @Test
    void refuses_an_answer_the_service_broke_off_with_a_stack_trace() {
        assertThatThrownBy(() -> parse(fixture.text(SparqlFixture.TIMED_OUT_MID_ANSWER)))
                .isInstanceOf(SparqlAnswerException.class)
                .hasMessageStartingWith("malformed JSON at line");
    }

    @Test
    void refuses_json_after_the_document() {
        assertThatThrownBy(() -> parse(SparqlFixture.raw(SparqlFixture.EMPTY) + "{}"))
                .isInstanceOf(SparqlAnswerException.class).hasMessageStartingWith("malformed JSON");
    }

    @Test
    void refuses_a_date_that_cannot_be() {
        assertThatThrownBy(() -> parse(fixture.text(SparqlFixture.IMPOSSIBLE_DATE)))
                .isInstanceOf(SparqlAnswerException.class)
                .hasMessageContaining("impossible date")
                .hasMessageContaining("\"2025-02-30T00:00:00Z\" is not a calendar date")
                .extracting(e -> ((SparqlAnswerException) e).kind()).isEqualTo(SparqlAnswerException.Kind.IMPOSSIBLE_DATE);
    }

    @Test
    void refuses_json_that_is_not_an_answer_of_the_holder_query() {
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> parse("{\"head\": {}, \"boolean\": true}")).hasMessageContaining("ASK answer");
        assertThatThrownBy(() -> parse("{\"results\": {\"bindings\": []}}")).hasMessageContaining("no head.vars");
        assertThatThrownBy(() -> parse("{\"head\": {\"vars\": [\"item\", \"itemLabel\"]}, \"results\": {\"bindings\": []}}"))
                .hasMessageContaining("head.vars lacks person, personLabel, office");
        String vars = "{\"head\": {\"vars\": [\"person\", \"personLabel\", \"office\", \"officeLabel\", \"statement\", "
                + "\"start\", \"startPrecision\", \"end\", \"endPrecision\"]}, ";
        assertThatThrownBy(() -> parse(vars + "\"results\": {}}")).hasMessageContaining("no results.bindings array");
        assertThatThrownBy(() -> parse(vars + "\"results\": {\"bindings\": [{\"statement\": \"Q1\"}]}}"))
                .hasMessageContaining("binding 0: statement is not an RDF term");
        assertThatThrownBy(() -> parse(vars + "\"results\": {\"bindings\": [{\"statement\": {\"type\": \"uri\", "
                + "\"value\": \"http://example.org/s\"}}]}}"))
                .hasMessageContaining("is not a Wikidata statement IRI")
                .extracting(e -> ((SparqlAnswerException) e).kind()).isEqualTo(SparqlAnswerException.Kind.NOT_AN_ANSWER);
    }

    @Test
    void a_start_without_its_precision_is_no_answer_of_the_query() {
        String text = fixture.text(SparqlFixture.HOLDERS).replaceFirst(
                "\"startPrecision\" : \\{[^}]*},", "");
        assertThatThrownBy(() -> parse(text)).hasMessageContaining("start without startPrecision");
    }

    @Test
    void a_precision_coarser_than_a_year_or_an_end_before_the_start_skips_the_statement() {
        // the first binding's first precision is its endPrecision (the service writes the variables in its own order)
        String decade = fixture.text(SparqlFixture.HOLDERS).replaceFirst("\"value\" : \"11\"", "\"value\" : \"8\"");
        assertThat(parse(decade).positions().get(0).problem())
                .isEqualTo("end 2025-02-01T00:00:00Z is known less precisely than to the year");

        String backwards = fixture.text(SparqlFixture.HOLDERS).replace("2019-07-15T00:00:00Z", "2026-07-15T00:00:00Z");
        assertThat(parse(backwards).positions().get(0).problem())
                .isEqualTo("ends (2025-02-01) before it starts (2026-07-15)");
    }

    @Test
    void one_statement_on_several_rows_is_read_once_unless_its_dates_differ() {
        String text = fixture.text(SparqlFixture.HOLDERS);
        int open = text.indexOf("[ {") + 2;
        int close = text.indexOf("}, {", open) + 1;
        String first = text.substring(open, close);
        String twice = text.substring(0, open) + first + ", " + text.substring(open);
        assertThat(parse(twice).positions()).hasSize(5);
        assertThat(parse(twice).bindings()).isEqualTo(6);

        String otherStart = first.replace("2019-07-15T00:00:00Z", "2019-07-16T00:00:00Z");
        String conflicting = text.substring(0, open) + otherStart + ", " + text.substring(open);
        assertThat(parse(conflicting).positions().get(0).problem())
                .isEqualTo("several start or end dates (P580, P582) in one statement");
    }

    @Test
    void a_label_that_is_the_item_id_is_no_label() {
        String text = fixture.text(SparqlFixture.HOLDERS).replace("\"" + fixture.name("Oskar Vellamo") + "\"",
                "\"" + fixture.id("Q910000011") + "\"");
        assertThat(parse(text).positions().get(0).personLabel()).isNull();
    }

    private static SparqlAnswer parse(String text) {
        return SparqlAnswer.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
