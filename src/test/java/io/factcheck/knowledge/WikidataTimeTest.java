package io.factcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class WikidataTimeTest {

    @Test
    void reads_day_month_and_year_precision() {
        assertThat(parse("+2017-01-20T00:00:00Z", 11))
                .isEqualTo(new WikidataTime(LocalDate.parse("2017-01-20"), DatePrecision.DAY));
        assertThat(parse("+2003-03-17T00:00:00Z", 10))
                .isEqualTo(new WikidataTime(LocalDate.parse("2003-03-01"), DatePrecision.MONTH));
        assertThat(parse("+1991-07-09T00:00:00Z", 9))
                .isEqualTo(new WikidataTime(LocalDate.parse("1991-01-01"), DatePrecision.YEAR));
    }

    @Test
    void takes_a_finer_than_day_precision_as_a_day() {
        assertThat(parse("+2017-01-20T12:00:00Z", 14).precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void reads_a_month_or_day_written_00_as_unknown() {
        assertThat(parse("+2019-03-00T00:00:00Z", 11))
                .isEqualTo(new WikidataTime(LocalDate.parse("2019-03-01"), DatePrecision.MONTH));
        assertThat(parse("+2013-00-00T00:00:00Z", 10))
                .isEqualTo(new WikidataTime(LocalDate.parse("2013-01-01"), DatePrecision.YEAR));
    }

    @Test
    void refuses_times_it_cannot_store_as_a_date() {
        assertThatThrownBy(() -> parse("+1990-00-00T00:00:00Z", 8)).hasMessageContaining("less precisely than to the year");
        assertThatThrownBy(() -> parse("-0044-03-15T00:00:00Z", 11)).hasMessageContaining("before the common era");
        assertThatThrownBy(() -> parse("+2021-02-30T00:00:00Z", 11)).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> parse("2021-02-03", 11)).hasMessageContaining("not a Wikidata time value");
    }

    @Test
    void picks_the_coarser_of_two_precisions() {
        assertThat(WikidataTime.coarser(DatePrecision.DAY, DatePrecision.YEAR)).isEqualTo(DatePrecision.YEAR);
        assertThat(WikidataTime.coarser(DatePrecision.MONTH, DatePrecision.DAY)).isEqualTo(DatePrecision.MONTH);
    }

    private static WikidataTime parse(String time, int precision) {
        JsonNode value = JsonNodeFactory.instance.objectNode().put("time", time).put("precision", precision);
        return WikidataTime.parse(value);
    }
}
