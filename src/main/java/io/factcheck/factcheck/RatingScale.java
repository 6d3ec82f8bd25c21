package io.factcheck.factcheck;

import java.util.Locale;
import java.util.Map;

/**
 * Puts another publisher's rating on one scale: 1 = true, 0 = false. A numeric ratingValue is placed between its
 * worstRating and bestRating (schema.org's defaults 1 and 5); a textual rating is looked up in the words fact-checkers
 * use (PolitiFact's meter, Snopes, the Washington Post's Pinocchios, this service's own verdicts). Anything else is
 * kept as text with no number: a guess would rank a fact-check as something it did not say.
 */
public final class RatingScale {

    private static final Map<String, Double> WORDS = Map.ofEntries(
            Map.entry("true", 1.0), Map.entry("correct", 1.0), Map.entry("accurate", 1.0), Map.entry("verified", 1.0),
            Map.entry("geppetto checkmark", 1.0),
            Map.entry("mostly true", 0.75), Map.entry("mostly accurate", 0.75), Map.entry("mostly correct", 0.75),
            Map.entry("one pinocchio", 0.75),
            Map.entry("half true", 0.5), Map.entry("half-true", 0.5), Map.entry("mixture", 0.5), Map.entry("mixed", 0.5),
            Map.entry("partly true", 0.5), Map.entry("partly false", 0.5), Map.entry("partially true", 0.5),
            Map.entry("partially false", 0.5), Map.entry("outdated", 0.5), Map.entry("two pinocchios", 0.5),
            Map.entry("mostly false", 0.25), Map.entry("misleading", 0.25), Map.entry("exaggerated", 0.25),
            Map.entry("missing context", 0.25), Map.entry("out of context", 0.25), Map.entry("three pinocchios", 0.25),
            Map.entry("false", 0.0), Map.entry("pants on fire", 0.0), Map.entry("pants on fire!", 0.0),
            Map.entry("incorrect", 0.0), Map.entry("inaccurate", 0.0), Map.entry("fake", 0.0),
            Map.entry("fabricated", 0.0), Map.entry("four pinocchios", 0.0));

    private RatingScale() {
    }

    /** The numeric rating placed on 0..1; null when best equals worst. Throws when the value lies outside them. */
    static Double numeric(double value, double best, double worst) {
        if (best == worst) {
            return null;
        }
        double normalised = (value - worst) / (best - worst);
        if (normalised < 0 || normalised > 1) {
            throw new IllegalArgumentException("ratingValue " + clean(value) + " is not between worstRating "
                    + clean(worst) + " and bestRating " + clean(best));
        }
        return Math.round(normalised * 1000) / 1000.0;
    }

    /** The textual rating on 0..1, or null when it is not a word of the scale. */
    public static Double textual(String rating) {
        if (rating == null) {
            return null;
        }
        String key = rating.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ").replaceAll("[.]+$", "");
        return WORDS.get(key);
    }

    private static String clean(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
