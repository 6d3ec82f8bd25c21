package io.factcheck.knowledgebuild;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as the Factbook writes them ("Keir STARMER", "HUN MANET", "MOON Jae-in") and as news writes them ("Keir
 * Starmer", "Hun Manet", "Moon Jae-in"): the capitalised tokens are the name news uses after a title.
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ROMAN = Pattern.compile("^(I{1,3}|IV|V|VI{1,3}|IX|X{1,2}|XI{1,3}|XIV|XV|XVI)$");
    /** Particles written in lower case inside a name ("Ursula von der Leyen", "Tamim bin Hamad Al Thani"). */
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "do", "dos", "das",
            "del", "della", "di", "du", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "e", "ben", "ould");

    private Names() {
    }

    /** Lower case, no diacritics, words separated by one space: the identity of a spelling. */
    static String fold(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        n = n.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd')
                .replace('Đ', 'D').replace('ı', 'i').replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae");
        return NON_WORD.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Diacritics removed, case and punctuation kept: "Sebastián Piñera" → "Sebastian Pinera". */
    static String plain(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return n.replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd')
                .replace('Đ', 'D').replace('ı', 'i');
    }

    /** A token written in capitals by the Factbook: at least two letters, (nearly) all upper case ("McMAHON"). */
    static boolean isCapitalised(String token) {
        if (token.indexOf('-') > 0) {
            for (String part : token.split("-")) {
                if (isCapitalisedPart(part)) {
                    return true;
                }
            }
            return false;
        }
        return isCapitalisedPart(token);
    }

    private static boolean isCapitalisedPart(String token) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 2 && upper >= letters - 1 && upper >= 2;
    }

    static boolean isRoman(String token) {
        return ROMAN.matcher(token.replace(".", "")).matches();
    }

    /** "STARMER" → "Starmer", "AHOOMEY-ZUNU" → "Ahoomey-Zunu", "McMAHON" → "McMahon", "O'NEILL" → "O'Neill". */
    static String naturalCase(String token, boolean first) {
        if (token.indexOf('-') > 0) {
            // "al-ARAJI" → "al-Araji", "SASSOU-Nguesso" → "Sassou-Nguesso": only the capitalised parts change
            String[] parts = token.split("-", -1);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(isCapitalisedPart(parts[i]) ? naturalCasePart(parts[i], first && i == 0) : parts[i]);
            }
            return out.toString();
        }
        return naturalCasePart(token, first);
    }

    private static String naturalCasePart(String token, boolean first) {
        if (isRoman(token) && !first) {
            return token; // a regnal number ("CHARLES III"); a first token is a name ("XI Jinping")
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (!first && PARTICLES.contains(lower)) {
            return lower;
        }
        StringBuilder out = new StringBuilder(token.length());
        boolean startOfPart = true;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetter(c)) {
                boolean keepUpper = i > 0 && token.startsWith("Mc") && i == 2;
                out.append(startOfPart || keepUpper ? Character.toUpperCase(c) : Character.toLowerCase(c));
                startOfPart = false;
            } else {
                out.append(c);
                startOfPart = c == '-' || c == '\'' || c == '’';
            }
        }
        return out.toString();
    }

    /** A parsed personal name: every token in natural case, and which of them the source capitalised. */
    record PersonName(List<String> tokens, List<Boolean> capitalised) {

        static PersonName parse(String raw) {
            List<String> tokens = new ArrayList<>();
            List<Boolean> caps = new ArrayList<>();
            String[] parts = raw.trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                String t = parts[i];
                if (t.isEmpty()) {
                    continue;
                }
                // a Roman numeral after a name is a regnal number ("CHARLES III"), not a capitalised surname
                boolean c = isCapitalised(t) && !(isRoman(t) && !tokens.isEmpty());
                tokens.add(c ? naturalCase(t, tokens.isEmpty()) : t);
                caps.add(c);
            }
            return new PersonName(List.copyOf(tokens), List.copyOf(caps));
        }

        String full() {
            return String.join(" ", tokens);
        }

        boolean allCapitalised() {
            return capitalised.stream().allMatch(b -> b);
        }

        /** The first run of capitalised tokens: "Starmer", "López Obrador", "Moon"; the whole name when all are. */
        String surname() {
            int start = capitalised.indexOf(true);
            if (start < 0) {
                return tokens.get(tokens.size() - 1);
            }
            int end = start;
            while (end < tokens.size() && capitalised.get(end)) {
                end++;
            }
            return String.join(" ", tokens.subList(start, end));
        }

        /** First given name and the surname run, dropping middle and maternal names: "Pedro Sánchez", "Claudia Sheinbaum". */
        String shortForm() {
            int start = capitalised.indexOf(true);
            if (start <= 0) {
                return surnameWithRegnal();
            }
            return tokens.get(0) + " " + surname();
        }

        /** "Charles III" for a monarch written "CHARLES III". */
        String surnameWithRegnal() {
            String s = surname();
            String last = tokens.get(tokens.size() - 1);
            return isRoman(last) && !s.endsWith(last) ? s + " " + last : s;
        }

        /** Spellings news uses: the full name, the short form, and each without diacritics. */
        List<String> forms() {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(full());
            forms.add(shortForm());
            List<String> plain = new ArrayList<>();
            for (String f : forms) {
                plain.add(plain(f));
            }
            forms.addAll(plain);
            return List.copyOf(forms);
        }
    }

    /** "keir-starmer": a stable identifier from a name. */
    static String slug(String s) {
        return fold(s).replace(' ', '-');
    }
}
