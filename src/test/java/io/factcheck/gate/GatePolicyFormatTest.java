package io.factcheck.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The gate's reasons print confidences as they always did (String.format's %.2f), without a Formatter. */
class GatePolicyFormatTest {

    @Test
    void two_decimals_match_string_format() {
        double[] edges = { 0, 1, 0.5, 0.7, 0.75, 0.8, 0.005, 0.015, 0.125, 0.135, 0.245, 0.995, 0.9949999, 1.005,
                0.30000000000000004, 1e-9 };
        for (double value : edges) {
            assertEquals(String.format(Locale.ROOT, "%.2f", value), GatePolicy.twoDecimals(value), "for " + value);
        }
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 100_000; i++) {
            double value = i % 2 == 0 ? random.nextDouble() : Math.round(random.nextDouble() * 1000) / 1000.0;
            assertEquals(String.format(Locale.ROOT, "%.2f", value), GatePolicy.twoDecimals(value), "for " + value);
        }
    }
}
