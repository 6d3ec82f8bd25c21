package io.factcheck.knowledgebuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two spellings of one name, and names that only look alike (brothers, fathers and sons, namesakes). */
class NameMatchTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "Abdullah II|Abdallah II",
            "Andrey Kabyakov|Andrey Kabyakow",
            "Pedro Sánchez|Pedro Sanchez Perez-Castejon",
            "Hasina|Hasina Wajed",
            "Abiy Ahmed|Abiy Ahmed Ali",
            "Volodymyr Zelenskyy|Volodymyr Zelenski",
            "Bashar al-Asad|Bashar al-Assad",
            "Arpad Goncz|Árpád Göncz"
    })
    void spellings_of_one_name_match(String a, String b) {
        assertThat(NameMatch.sameName(a, b)).isTrue();
        assertThat(NameMatch.sameName(b, a)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
            "Sabah al-Ahmad al-Jabir Al Sabah|Nawaf al-Ahmad al-Jabir Al Sabah",
            "Hamad bin Khalifa Al Thani|Tamim bin Hamad Al Thani",
            "Kim Jong Il|Kim Jong Un",
            "Heydar Aliyev|Ilham Aliyev",
            "Nawaz Sharif|Shehbaz Sharif",
            "Hun Sen|Hun Manet",
            "Tupou VI|George Tupou V",
            "Nestor Kirchner|Cristina Fernandez de Kirchner"
    })
    void different_people_do_not_match(String a, String b) {
        assertThat(NameMatch.sameName(a, b)).isFalse();
    }
}
