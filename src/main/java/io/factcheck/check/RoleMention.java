package io.factcheck.check;

/**
 * A mention of an office, with or without the person said to hold it, as parsed from the text.
 *
 * @param start       first char of the mention (the name of an appositive, the modifier or place word of a title,
 *                    "the" of an office-only mention)
 * @param end         exclusive end
 * @param modStart    span of the "former"/"ex-"/"then-" word including its trailing space or hyphen, or -1
 * @param formerAt    where "former " would go to make a bare title past
 * @param titleKey    lower-case title ("prime minister"), null when an office alias fixed the office
 * @param jurisdiction jurisdiction key stated in the mention, or null
 * @param officeId    office fixed by an office alias, or null
 * @param person      the name hit, null for an office-only mention
 * @param nameGap     capitalised words between title and name that were not part of the known alias ("Donald J.")
 */
record RoleMention(Form form, int start, int end, Modifier modifier, int modStart, int modEnd, int formerAt,
                   String titleKey, String jurisdiction, String officeId, Hit person, int nameGap,
                   boolean quotedTitle, boolean commaBeforeName) {

    enum Form {
        /** "Cambodian Prime Minister Hun Sen", "the President of Belarus, Alexander Lukashenko" */
        TITLE_NAME,
        /** "Hun Sen, the former prime minister of Cambodia" */
        APPOSITIVE,
        /** "the Prime Minister of Cambodia", "the former U.S. president" */
        OFFICE_ONLY
    }

    enum Modifier {
        /** a bare title: true at the reference date */
        BARE,
        /** "former", "ex-": held before the reference date and not on it */
        FORMER,
        /** "then-", "at the time": held at the time the sentence speaks of */
        THEN
    }

    boolean hasJurisdiction() {
        return jurisdiction != null || officeId != null;
    }
}
