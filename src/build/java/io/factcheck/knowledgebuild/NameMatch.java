package io.factcheck.knowledgebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether two spellings are one name: every word of the shorter has its own word in the longer, equal or a letter or
 * two apart in a long word ("Abdallah"/"Abdullah", "Kabyakov"/"Kabyakow"). Words are counted, not collected:
 * "Sabah al-Ahmad al-Jabir Al Sabah" is not "Nawaf al-Ahmad al-Jabir Al Sabah", since only one of them has two Sabahs.
 */
final class NameMatch {

    /** Particles, honorifics and initials carry no identity. */
    private static final Set<String> IGNORED = Set.of("bin", "ibn", "bint", "al", "el", "de", "da", "do", "dos", "das",
            "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "y", "e", "ben", "ould", "mr", "sir",
            "dr", "jr", "sr", "abu", "u", "daw");

    private NameMatch() {
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String t : Names.fold(name).split(" ")) {
            if (t.length() > 1 && !IGNORED.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean sameName(String a, String b) {
        if (mangledOf(a, b) || mangledOf(b, a)) {
            return true;
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        List<String> shorter = ta.size() <= tb.size() ? ta : tb;
        List<String> longer = new ArrayList<>(ta.size() <= tb.size() ? tb : ta);
        if (shorter.isEmpty() || shorter.stream().noneMatch(t -> t.length() >= 4)) {
            return false;
        }
        for (String t : shorter) {
            int match = -1;
            for (int i = 0; i < longer.size() && match < 0; i++) {
                if (longer.get(i).equals(t)) {
                    match = i;
                }
            }
            for (int i = 0; i < longer.size() && match < 0; i++) {
                if (close(t, longer.get(i))) {
                    match = i;
                }
            }
            if (match < 0) {
                return false;
            }
            longer.remove(match);
        }
        return true;
    }

    /**
     * Some Factbook editions lost the letters outside ASCII ("Andr s Manuel L PEZ OBRADOR"): the mangled spelling is the
     * proper one with only such letters dropped (or turned into spaces or question marks).
     */
    static boolean mangledOf(String proper, String mangled) {
        String p = proper.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-'’.]", "");
        String m = mangled.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-'’.?\uFFFD]", "");
        if (p.equals(m) || m.length() < 4 || m.length() >= p.length()) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (j < m.length() && Names.fold(String.valueOf(c)).equals(String.valueOf(m.charAt(j)))) {
                j++;
            } else if (c < 0x80) {
                return false;
            }
        }
        return j == m.length();
    }

    /** The names share a word of four or more letters, or differ by a letter or two when written without spaces. */
    static boolean sharePart(String a, String b) {
        List<String> tb = tokens(b);
        for (String t : tokens(a)) {
            if (t.length() >= 4 && tb.contains(t)) {
                return true;
            }
        }
        String ja = String.join("", tokens(a));
        String jb = String.join("", tokens(b));
        return ja.length() >= 8 && jb.length() >= 8 && distance(ja, jb) <= 2;
    }

    /** A letter apart in a word of five or more letters, two in one of eight or more. */
    static boolean close(String a, String b) {
        if (undoubled(a).equals(undoubled(b))) {
            return true; // "Asad"/"Assad", "Mohamed"/"Mohammed": a doubled letter is a transliteration choice
        }
        int shortest = Math.min(a.length(), b.length());
        int allowed = shortest >= 8 ? 2 : shortest >= 5 ? 1 : 0;
        return allowed > 0 && Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
    }

    private static String undoubled(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
