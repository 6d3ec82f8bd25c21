package io.factcheck.knowledgebuild;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The Factbook's entities: names, abbreviations and demonyms, keyed by GEC code. */
final class Countries {

    record Country(String gec, String iso2, String iso3, String name, List<String> otherNames,
            List<String> adjectives, String entityType) {

        boolean sovereign() {
            return "sovereign".equals(entityType);
        }
    }

    private Countries() {
    }

    static Map<String, Country> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, Country> out = new LinkedHashMap<>();
        for (JsonNode c : root.path("countries")) {
            String gec = c.path("gec").asText();
            String shortName = text(c, "shortName");
            String longName = firstPart(text(c, "longName"));
            String name = shortName != null ? shortName : longName;
            String adjective = text(c, "nationalityAdjective");
            if (name != null && longName != null && adjective != null
                    && name.replaceFirst("^The ", "").equalsIgnoreCase(adjective)) {
                name = longName; // "The Dominican" is the Dominican Republic, whose demonym it only is
            }
            if (name == null) {
                continue;
            }
            Set<String> other = new LinkedHashSet<>();
            String newsName = NEWS_NAMES.get(gec);
            if (newsName != null && !newsName.startsWith("+")) {
                other.add(name); // "Burma" stays a name of Myanmar
                name = newsName;
            }
            if (longName != null && !longName.equals(name)) {
                other.add(longName);
            }
            if (newsName != null && newsName.startsWith("+")) {
                other.addAll(List.of(newsName.substring(1).split(",")));
            }
            Set<String> adjectives = new LinkedHashSet<>();
            String demonym = text(c, "nationalityAdjective");
            if (demonym != null) {
                for (String d : demonym.split("[,;]|\\s+or\\s+")) {
                    if (!d.isBlank() && Character.isUpperCase(d.trim().charAt(0))) {
                        adjectives.add(d.trim());
                    }
                }
            }
            String abbreviation = text(c, "abbreviation");
            if (abbreviation != null) {
                for (String a : abbreviation.split("\\s+or\\s+|,\\s*")) {
                    String ab = a.trim();
                    if (ab.matches("\\p{Lu}{2,5}")) {
                        adjectives.add(ab);
                        if (ab.length() == 2) {
                            adjectives.add(ab.charAt(0) + "." + ab.charAt(1) + "."); // "U.S.", "U.K."
                        }
                    }
                }
            }
            adjectives.addAll(newsDemonyms(name, adjectives));
            adjectives.add(name); // "Kenya President Ruto": the name before the title
            String iso2 = text(c, "iso2");
            String iso3 = iso2 == null ? null : iso3(iso2);
            out.put(gec, new Country(gec, iso2, iso3, name, new ArrayList<>(other), new ArrayList<>(adjectives),
                    text(c, "entityType")));
        }
        return out;
    }

    private static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country();
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    /**
     * Demonyms English-language news uses beside the Factbook's: "South Korean" for the Factbook's "Korean" of South
     * Korea (the bare form names both Koreas), and the spellings wire services prefer ("Ivorian" for "Ivoirian").
     */
    static List<String> newsDemonyms(String name, Set<String> demonyms) {
        List<String> out = new ArrayList<>();
        String direction = name.split(" ")[0];
        if (Set.of("North", "South", "East", "West", "Central").contains(direction)) {
            for (String d : demonyms) {
                if (!d.startsWith(direction) && Character.isUpperCase(d.charAt(0)) && !d.matches("\\p{Lu}[\\p{Lu}.]+")) {
                    out.add(direction + " " + d);
                }
            }
        }
        for (String d : demonyms) {
            String spelled = NEWS_SPELLINGS.get(d);
            if (spelled != null) {
                out.add(spelled);
            }
        }
        return out;
    }

    /**
     * Country names English-language news uses where the Factbook's differ: a plain name replaces the Factbook's
     * ("Myanmar" for "Burma", whose people and offices the curated knowledge already calls so); "+A,B" adds names.
     */
    private static final Map<String, String> NEWS_NAMES = Map.of("bm", "Myanmar", "uk", "+Britain,Great Britain",
            "iv", "+Ivory Coast", "cv", "+Cape Verde", "tt", "+East Timor", "tu", "+Türkiye,Turkiye", "wz", "+Swaziland");

    /** Wire-service spellings of Factbook demonyms (AP and Reuters style). */
    private static final Map<String, String> NEWS_SPELLINGS = Map.ofEntries(Map.entry("Ivoirian", "Ivorian"),
            Map.entry("Burmese", "Myanmar"), Map.entry("Emirati", "UAE"), Map.entry("Filipino", "Philippine"),
            Map.entry("Kazakhstani", "Kazakh"), Map.entry("Uzbekistani", "Uzbek"), Map.entry("Tajikistani", "Tajik"),
            Map.entry("Turkmenistani", "Turkmen"), Map.entry("Kyrgyzstani", "Kyrgyz"), Map.entry("Singapore", "Singaporean"),
            Map.entry("Nepali", "Nepalese"), Map.entry("Cabo Verdean", "Cape Verdean"), Map.entry("Timorese", "East Timorese"),
            Map.entry("Swati", "Swazi"));

    private static String text(JsonNode c, String field) {
        JsonNode v = c.path(field);
        if (!v.isTextual()) {
            return null;
        }
        String s = v.asText().trim();
        return s.isEmpty() || s.equalsIgnoreCase("none") ? null : s;
    }

    /** "United Kingdom of Great Britain and Northern Ireland; note - …" → the name before the note. */
    private static String firstPart(String s) {
        if (s == null) {
            return null;
        }
        String first = s.split(";|\\(")[0].trim();
        return first.isEmpty() ? null : first;
    }
}
