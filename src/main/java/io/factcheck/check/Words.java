package io.factcheck.check;

/** Small scanning steps over a normalized text; a word is letters, digits, inner apostrophes, dots and hyphens. */
final class Words {

    private Words() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** First index of the run of spaces/tabs that ends at {@code pos}. */
    static int skipSpacesLeft(CharSequence t, int pos) {
        while (pos > 0 && isSpace(t.charAt(pos - 1))) {
            pos--;
        }
        return pos;
    }

    static int skipSpacesRight(CharSequence t, int pos) {
        while (pos < t.length() && isSpace(t.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** Start of the word ending at {@code end} (letters/digits, with inner '.', '-' and apostrophes), or {@code end} if none. */
    static int wordStartBefore(CharSequence t, int end) {
        int i = end;
        while (i > 0) {
            char c = t.charAt(i - 1);
            if (isWordChar(c)) {
                i--;
            } else if ((c == '.' || c == '-' || c == '\'') && i - 1 > 0 && isWordChar(t.charAt(i - 2)) && i < end) {
                i--;
            } else if (c == '.' && i == end && i - 1 > 0 && isWordChar(t.charAt(i - 2))) {
                i--; // a trailing dot of an abbreviation or initial ("J.", "Mr.")
            } else {
                break;
            }
        }
        return i;
    }

    /** End of the word starting at {@code start} (letters/digits with inner '-', '.', apostrophes). */
    static int wordEndAfter(CharSequence t, int start) {
        int i = start;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (isWordChar(c)) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '.') && i > start && i + 1 < t.length() && isWordChar(t.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    static String lower(CharSequence t, int start, int end) {
        return t.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isCapitalized(CharSequence t, int start, int end) {
        return start < end && Character.isUpperCase(t.charAt(start));
    }

    /** A single capital letter with a dot: "J.". */
    static boolean isInitial(CharSequence t, int start, int end) {
        return end - start == 2 && Character.isUpperCase(t.charAt(start)) && t.charAt(start + 1) == '.';
    }

    static boolean startsWithIgnoreCase(CharSequence t, int pos, String word) {
        if (pos + word.length() > t.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(t.charAt(pos + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code word} (lower case) starts at {@code pos} as a whole word. */
    static boolean wordAt(CharSequence t, int pos, String word) {
        return startsWithIgnoreCase(t, pos, word)
                && (pos + word.length() == t.length() || !isWordChar(t.charAt(pos + word.length())))
                && (pos == 0 || !isWordChar(t.charAt(pos - 1)));
    }
}
