package io.factcheck.knowledgebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.factcheck.knowledge.DatePrecision;

/** Awkward Factbook texts, taken from the data, and what the build reads out of them. */
class ExecutiveParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Keir STARMER (since 5 July 2024)                                  | Prime Minister | Keir Starmer | Starmer | 2024-07-05 | DAY | false
            Prime Minister HUN MANET (since 22 August 2023)                                   | Prime Minister | Hun Manet | Hun Manet | 2023-08-22 | DAY | false
            President MOON Jae-in (since 10 May 2017)                                         | President | Moon Jae-in | Moon | 2017-05-10 | DAY | false
            President Bidhya Devi BHANDARI (since October 2015)                               | President | Bidhya Devi Bhandari | Bhandari | 2015-10-01 | MONTH | false
            President Andrés Manuel LÓPEZ OBRADOR (since 1 December 2018)                     | President | Andrés Manuel López Obrador | López Obrador | 2018-12-01 | DAY | false
            President Gen. Gnassingbe EYADEMA (since 14 April 1967)                           | President | Gnassingbe Eyadema | Eyadema | 1967-04-14 | DAY | false
            President Nino BURJANADZE (acting president since 23 November 2003; formerly parliamentary speaker) | President | Nino Burjanadze | Burjanadze | 2003-11-23 | DAY | true
            Interim President Delcy Eloína RODRÍGUEZ Gómez (since 5 January 2026)            | President | Delcy Eloína Rodríguez Gómez | Rodríguez | 2026-01-05 | DAY | true
            King CHARLES III (since 8 September 2022); represented by Governor General David HURLEY (since 1 July 2019) | King | Charles III | Charles III | 2022-09-08 | DAY | false
            Prime Minister Joseph JOUTHE (since since 4 March 2020)                           | Prime Minister | Joseph Jouthe | Jouthe | 2020-03-04 | DAY | false
            Prime Minister Hamed BAKAYOKO (since 30 July2020)                                 | Prime Minister | Hamed Bakayoko | Bakayoko | 2020-07-30 | DAY | false
            President Denis SASSOU-Nguesso (since 25 October 1997, following the civil war)   | President | Denis Sassou-Nguesso | Sassou-Nguesso | 1997-10-25 | DAY | false
            Prime Minister PHAETHONGTHAN Chinnawat; also spelled PAETONGTARN Shinawatra (since 18 August 2024) | Prime Minister | Phaethongthan Chinnawat | Phaethongthan | 2024-08-18 | DAY | false
            President XI Jinping (since 14 March 2013)                                        | President | Xi Jinping | Xi | 2013-03-14 | DAY | false
            President of the Swiss Confederation Guy PARMELIN (since 1 January 2021)         | President of the Swiss Confederation | Guy Parmelin | Parmelin | 2021-01-01 | DAY | false
            Caretaker Prime Minister Anwaar-ul-Haq KAKAR (since 14 August 2023)              | Prime Minister | Anwaar-ul-Haq Kakar | Kakar | 2023-08-14 | DAY | true
            Chairman of the Council of Ministers Borjana KRISTO (since 25 January 2023)       | Chairman of the Council of Ministers | Borjana Kristo | Kristo | 2023-01-25 | DAY | false
            """)
    void reads_the_first_holder(String text, String title, String name, String surname, LocalDate since,
            DatePrecision precision, boolean acting) {
        ExecutiveParser.Holder h = ExecutiveParser.parse(text).holders().get(0);
        assertThat(h.title()).isEqualTo(title);
        assertThat(h.name().full()).isEqualTo(name);
        assertThat(h.name().surnameWithRegnal()).isEqualTo(surname);
        assertThat(h.since()).isEqualTo(since);
        assertThat(h.precision()).isEqualTo(precision);
        assertThat(h.acting()).isEqualTo(acting);
    }

    @Test
    void since_NA_is_no_date_and_vacant_is_nobody() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser
                .parse("President Patrice TALON (since NA); Prime Minister (vacant)").holders();
        assertThat(holders).singleElement().satisfies(h -> {
            assertThat(h.name().full()).isEqualTo("Patrice Talon");
            assertThat(h.since()).isNull();
        });
    }

    @Test
    void co_princes_are_two_holders_of_one_title() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("Co-prince Emmanuel MACRON (since 14 May 2017); "
                + "represented by Patrick STROZDA (since 14 May 2017); and Co-prince Archbishop Joan-Enric VIVES i "
                + "Sicilia (since 12 May 2003); represented by Eduard Ibanez PULIDO (since 27 November 2023)").holders();
        assertThat(holders).extracting(h -> h.title() + ": " + h.name().full()).containsExactly(
                "Co-Prince: Emmanuel Macron", "Co-Prince: Joan-Enric Vives i Sicilia");
    }

    @Test
    void captains_regent_hold_office_for_a_stated_period_with_an_exclusive_end() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("co-chiefs of state Captains Regent Matteo "
                + "ROSSI and Lorenzo BUGLI (for the period 1 October 2025 - 31 March 2026)").holders();
        assertThat(holders).extracting(h -> h.title() + ": " + h.name().full() + " " + h.since() + "/" + h.until())
                .containsExactly("Captain Regent: Matteo Rossi 2025-10-01/2026-04-01",
                        "Captain Regent: Lorenzo Bugli 2025-10-01/2026-04-01");
    }

    @Test
    void the_bosnian_presidency_names_its_chair_and_its_members() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("Chairman of the Presidency Zeljka CVIJANOVIC "
                + "(chairman since 16 November 2022; presidency member since 16 November 2022 - Serb seat); Zeljko "
                + "KOMSIC (presidency member since 20 November 2018 - Croat seat); Denis BECIROVIC (presidency member "
                + "since 16 November 2022 - Bosniak seat)").holders();
        assertThat(holders).extracting(h -> h.title() + ": " + h.name().full() + " " + h.since()).containsExactly(
                "Chairman of the Presidency: Zeljka Cvijanovic 2022-11-16",
                "Presidency Member: Zeljko Komsic 2018-11-20", "Presidency Member: Denis Becirovic 2022-11-16");
    }

    @Test
    void deputies_listed_under_one_plural_title_share_its_date() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("Prime Minister PHANKHAM Viphavan (since 22 "
                + "March 2021); Deputy Prime Ministers CHANSAMON Chan-gnalat, SONXAI Siphandon, KIKEO Khaikhamphithoun "
                + "(since 22 March 2021)").holders();
        assertThat(holders).extracting(h -> h.title() + ": " + h.name().surname() + " " + h.since()).containsExactly(
                "Prime Minister: Phankham 2021-03-22", "Deputy Prime Minister: Chansamon 2021-03-22",
                "Deputy Prime Minister: Sonxai 2021-03-22", "Deputy Prime Minister: Kikeo 2021-03-22");
    }

    @Test
    void a_sultan_who_is_also_prime_minister_keeps_both_titles() {
        ExecutiveParser.Holder h = ExecutiveParser
                .parse("Sultan and Prime Minister Sir HASSANAL Bolkiah (since 5 October 1967)").holders().get(0);
        assertThat(h.title()).isEqualTo("Sultan and Prime Minister");
        assertThat(h.name().full()).isEqualTo("Hassanal Bolkiah");
    }

    @Test
    void notes_and_stories_after_the_holders_are_not_holders() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("President YOON Suk Yeol (since 10 May 2022); "
                + "note - Prime Minister HAN Duck-soo became Acting President on 14 December 2024").holders();
        assertThat(holders).extracting(h -> h.name().full()).containsExactly("Yoon Suk Yeol");
    }

    @Test
    void what_happened_to_a_predecessor_is_not_a_holder() {
        List<ExecutiveParser.Holder> holders = ExecutiveParser.parse("President Sergio MATTARELLA (3 February 2015); "
                + "Giorgio NAPOLITANO resigned 14 January 2015").holders();
        assertThat(holders).extracting(h -> h.name().full()).containsExactly("Sergio Mattarella");
    }

    @Test
    void the_yearly_editions_split_into_chief_of_state_and_head_of_government() {
        ExecutiveParser.Parts early = ExecutiveParser.parts("Supreme Court Chief of State--Emperor AKIHITO (since 7 "
                + "January 1989); Head of Government--Prime Minister Toshiki KAIFU (since 9 August 1989)");
        assertThat(early.chiefOfState()).startsWith("Emperor AKIHITO");
        assertThat(early.headOfGovernment()).startsWith("Prime Minister Toshiki KAIFU");
        ExecutiveParser.Parts later = ExecutiveParser.parts("chief of state: Queen ELIZABETH II (since 6 February "
                + "1952) head of government: Prime Minister Fruendel STUART (since 23 October 2010) cabinet: Cabinet");
        assertThat(later.headOfGovernment()).isEqualTo("Prime Minister Fruendel STUART (since 23 October 2010)");
    }
}
