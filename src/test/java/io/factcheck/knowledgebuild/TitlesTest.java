package io.factcheck.knowledgebuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles as the Factbook's texts leave them, and the office title each stands for. */
class TitlesTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\" (acting: {2})")
    @CsvSource(delimiter = '|', value = {
            "Prime Minister|Prime Minister|false",
            "[interim] Prime Minister|Prime Minister|true",
            "Caretaker Prime Minister|Prime Minister|true",
            "Transition President|President|false",
            "[transitional] President|President|false",
            "Prime Minister Crown Prince|Prime Minister|false",
            "President Ratu|President|false",
            "Prime Minister Lord|Prime Minister|false",
            "President of the Government Or Prime Minister|President of the Government|false",
            "*** No Entry for This Item *** President|President|false",
            "Prime|Prime Minister|false",
            "French Co-Prince|Co-Prince|false",
            "Episcopal|Co-Prince|false",
            "King Sultan|King|false",
            "Queen of Australia|Queen|false",
            "Cochiefs of State Captain Regent|Captain Regent|false",
            "President of the Swiss Confederation|President of the Swiss Confederation|false",
            "Chairman of the State Law and Order Restoration Council|Chairman of the State Law and Order Restoration Council|false"
    })
    void a_title_is_cleaned_to_the_office_it_names(String raw, String title, boolean acting) {
        assertThat(Titles.canonical(raw)).isEqualTo(new Titles.Canonical(title, acting));
    }

    @ParameterizedTest(name = "\"{0}\" is no office title")
    @CsvSource(delimiter = '|', value = { "Chairman of the", "President of the", "Chairman of", "Notification Statement: the",
            "Speaker of the House of", "Chairman of the Presidium of the People's", "Lord of Mann Queen" })
    void a_title_cut_short_is_refused(String raw) {
        assertThat(Titles.canonical(raw)).isNull();
    }
}
