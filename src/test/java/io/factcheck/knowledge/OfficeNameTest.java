package io.factcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficeNameTest {

    @Test
    void prefers_the_first_alias_that_names_title_and_jurisdiction() {
        assertThat(OfficeName.of("Prime Minister", "Cambodia",
                List.of("Prime Minister of Cambodia", "premier of Cambodia", "Cambodian PM")))
                .isEqualTo("Prime Minister of Cambodia");
        assertThat(OfficeName.of("Ambassador to the United Nations", "United States",
                List.of("United States Ambassador to the United Nations", "U.S. Ambassador to the UN")))
                .isEqualTo("United States Ambassador to the United Nations");
    }

    @Test
    void falls_back_to_title_of_jurisdiction_with_the_article_where_english_needs_it() {
        assertThat(OfficeName.of("President", "United States", List.of())).isEqualTo("President of the United States");
        assertThat(OfficeName.of("Chairman of the State Administration Council", "Myanmar",
                List.of("SAC Chairman"))).isEqualTo("Chairman of the State Administration Council of Myanmar");
    }

    @Test
    void is_the_title_alone_when_it_names_its_place_or_has_none() {
        assertThat(OfficeName.of("Prime Minister of Cambodia", "Cambodia", List.of()))
                .isEqualTo("Prime Minister of Cambodia");
        assertThat(OfficeName.of("Secretary-General of the United Nations", null, null))
                .isEqualTo("Secretary-General of the United Nations");
    }
}
