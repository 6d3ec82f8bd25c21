package io.factcheck.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generic and indefinite mentions, other roles, unknown people and unknown offices produce no annotation at all. */
class NothingToCheckTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The visit from a European president makes the regime look normal.
            He became only the second head of state to visit the country since the coup.
            Presidents and prime ministers gathered in Paris.
            The president of the football club resigned on Monday.
            The former president of the chess federation spoke.
            A president should listen to voters.
            Any prime minister would have done the same.
            Every US president since 1945 has visited Europe.
            French President Emmanuel Macron met Putin in Paris.
            Prime Minister Boris Johnson spoke in London.
            President Emmanuel Macron spoke in Paris.
            Senate President Mike Johnson spoke.
            President-elect Donald Trump named his cabinet.
            Acting President Vladimir Putin signed the decree.
            Deputy Prime Minister Alexander Novak spoke.
            The late President George H. W. Bush was honored.
            Melania Trump, the former model, spoke.
            That was the trump card of the prime minister.
            At 3 PM Hun Sen arrived in Phnom Penh.
            Prime Minister of the Netherlands Mark Rutte spoke.
            US officials said the talks went well.
            Lukashenko met Putin in Sochi and then President Xi in Beijing.
            Their president spoke to the nation.
            His prime minister resigned.
            Vice-President Alexander Lukashenko is not a thing.
            The Presidential Palace hosted a reception.
            Former Russian President and Prime Minister Dmitry Medvedev posted.
            Obama's vice president, Joe Biden, spoke.
            Angela Merkel, Germany’s chancellor from 2005 to 2021, said so.
            The country's president spoke.
            Dmitry Medvedev, Russia's former president and prime minister, posted.
            """)
    void produces_no_annotation(String text) {
        VerdictAssert.assertNothing(text, "2025-08-05");
    }
}
