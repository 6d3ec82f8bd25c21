package io.factcheck.check;

/** One thing a surface form can denote; {@code key} is a person id, title key, jurisdiction key or office id. */
record Sense(Kind kind, String key, String form) {

    enum Kind {
        PERSON, TITLE, JURISDICTION_NAME, DEMONYM, OFFICE
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
