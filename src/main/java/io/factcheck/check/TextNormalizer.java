package io.factcheck.check;

/** Folds typographic variants to ASCII without changing the length, so offsets in the result are offsets in the input. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = fold(c);
            if (n != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = n;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
            case '\u00A0', '\u2007', '\u202F', '\u2009' -> ' ';
            case '\u2010', '\u2011' -> '-';
            default -> c;
        };
    }
}
