package io.factcheck.check;

/** One thing a surface form can denote; {@code key} is a person id, title key, jurisdiction key or office id. */
record Sense(Kind kind, String key, String form) {

    enum Kind {
        PERSON, TITLE, JURISDICTION_NAME, DEMONYM, OFFICE
    }

    /**
     * Whether the matched text has the casing this sense needs: names exactly (or an all-caps headline), acronyms
     * such as "US"/"PM" exactly (so "us" and "3 pm" never match), place words capitalised; titles in any case.
     */
    boolean caseFits(CharSequence text, int start) {
        if (kind == Kind.PERSON) {
            return sameCase(text, start, 0, form.length()) || allUpper(text, start, form.length());
        }
        if ((kind == Kind.JURISDICTION_NAME || kind == Kind.DEMONYM) && !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int i = 0;
        while (i < form.length()) {
            int j = i;
            while (j < form.length() && form.charAt(j) != ' ') {
                j++;
            }
            if (isAcronym(form, i, j) && !sameCase(text, start, i, j)) {
                return false;
            }
            i = j + 1;
        }
        return true;
    }

    private boolean sameCase(CharSequence text, int start, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(start + k) != form.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allUpper(CharSequence text, int start, int length) {
        boolean letter = false;
        for (int k = 0; k < length; k++) {
            char c = text.charAt(start + k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /** Two or more capitals and no lower-case letter: "US", "U.S.", "PM". */
    static boolean isAcronym(String s, int from, int to) {
        int upper = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }
}
