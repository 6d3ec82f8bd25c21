package io.factcheck.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factcheck.check.RoleMention.Form;
import io.factcheck.check.RoleMention.Modifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the hits of one text into role mentions with a small left-to-right grammar around each title:
 * {@code [the] [former|ex-|then-] [Place|Place's|Demonym] [former] Title [of [the] Place] [at the time]}
 * followed by a name (title–name), preceded by "Name," (appositive), or alone after "the"/"Place's" (office-only).
 * Anything that makes the title another role (vice, acting, -elect, "of the club", an unknown capitalised qualifier or
 * name) drops the mention: a missed mention is better than a false alarm.
 */
final class MentionParser {

    private enum Det { NONE, THE, INDEFINITE, PRONOUN }

    /** The title and the words bound to it, before deciding which form of mention it is. */
    /** ", who is", ", who has been", ", who serves as": what follows is said of the person now. */
    private static final Pattern PRESENT_PREDICATE = Pattern.compile(
            ",\\s*who\\s+(is|has been|has served as|serves as|remains|is now|is also|has also been)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** ", who was", ", who had been", ", who served as": said of the person named before, at another time. */
    private static final Pattern PAST_PREDICATE = Pattern.compile(
            "\\bwho\\s+(was|had been|served as|became|used to be|was once|was then)\\s*$", Pattern.CASE_INSENSITIVE);

    private record Phrase(int start, int bodyStart, int end, Det det, int detStart, Modifier modifier, int modStart, int modEnd,
                          int formerAt, String titleKey, String jurisdiction, String officeId,
                          boolean possessiveJurisdiction, boolean possessiveTitle, boolean quoted, int thenAdverb) {}

    private final KnowledgeIndex kb;

    MentionParser(KnowledgeIndex kb) {
        this.kb = kb;
    }

    /** Parse state for one text. */
    final class Run {
        private final String t;
        private final Sentences sentences;
        private final List<Hit> hits;
        /** Hits do not overlap, so both their starts and their ends are sorted: lookups are binary searches. */
        private final int[] starts;
        private final int[] ends;
        private final List<Hit> named = new ArrayList<>();
        private final Set<Hit> namedSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Run(String normalized, List<Hit> hits, Sentences sentences) {
            this.t = normalized;
            this.hits = hits;
            this.sentences = sentences;
            this.starts = new int[hits.size()];
            this.ends = new int[hits.size()];
            for (int i = 0; i < hits.size(); i++) {
                starts[i] = hits.get(i).start();
                ends[i] = hits.get(i).end();
            }
            for (Hit h : hits) {
                if (h.has(Sense.Kind.PERSON) && isWholeName(h)) {
                    named.add(h);
                    namedSet.add(h);
                }
            }
        }

        private Hit startingAt(int pos) {
            int i = java.util.Arrays.binarySearch(starts, pos);
            return i >= 0 ? hits.get(i) : null;
        }

        private Hit endingAt(int pos) {
            int i = java.util.Arrays.binarySearch(ends, pos);
            return i >= 0 ? hits.get(i) : null;
        }

        /** Name hits that stand for the known person, in text order. */
        List<Hit> named() {
            return named;
        }

        List<RoleMention> mentions() {
            List<RoleMention> out = new ArrayList<>();
            int consumed = 0;
            for (Hit h : hits) {
                if (!h.isTitleLike() || h.start() < consumed) {
                    continue;
                }
                Phrase phrase = phrase(h);
                if (phrase == null) {
                    continue;
                }
                RoleMention m = classify(phrase, consumed);
                if (m != null) {
                    out.add(m);
                    consumed = m.end();
                }
            }
            return out;
        }

        // ---- the title phrase ------------------------------------------------------------------------------

        private Phrase phrase(Hit h) {
            int n = t.length();
            String officeId = h.key(Sense.Kind.OFFICE);
            String titleKey = officeId == null ? h.key(Sense.Kind.TITLE) : null;
            String jurisdiction = officeId == null ? null : kb.jurisdictionOf(officeId);
            int ps = h.start();
            int pe = h.end();
            boolean quoted = false;
            if (ps > 0 && pe < n && TitleVocabulary.isQuote(t.charAt(ps - 1)) && t.charAt(pe) == t.charAt(ps - 1)) {
                quoted = true; // 'president' Alexander Lukashenko
                ps--;
                pe++;
            }
            // Right side.
            if (pe + 1 < n && t.charAt(pe) == '-' && Character.isLetter(t.charAt(pe + 1))) {
                return null; // President-elect, Prime Minister-designate
            }
            boolean possessiveTitle = possessiveAt(pe);
            if (!possessiveTitle && officeId == null) {
                int q = Words.skipSpacesRight(t, pe);
                if (Words.wordAt(t, q, "of")) {
                    int r = Words.skipSpacesRight(t, q + 2);
                    if (Words.wordAt(t, r, "the")) {
                        r = Words.skipSpacesRight(t, r + 3);
                    }
                    Hit place = startingAt(r);
                    if (place == null || place.jurisdiction() == null) {
                        return null; // "the president of the football club" is another office
                    }
                    jurisdiction = place.jurisdiction();
                    pe = place.end();
                    possessiveTitle = possessiveAt(pe);
                }
            }
            Modifier modifier = Modifier.BARE;
            int modStart = -1;
            int modEnd = -1;
            if (!possessiveTitle) {
                int q = Words.skipSpacesRight(t, pe);
                if (q > pe && Words.wordAt(t, q, "at") && Words.startsWithIgnoreCase(t, q, "at the time")
                        && (q + 11 >= n || !Character.isLetter(t.charAt(q + 11)))) {
                    modifier = Modifier.THEN;
                    modStart = q;
                    modEnd = q + 11;
                    pe = q + 11;
                }
            }
            // Left side.
            Det det = Det.NONE;
            int detStart = -1;
            boolean possessiveJurisdiction = false;
            int thenAdverb = -1;
            int p = ps;
            int formerAt = ps;
            for (int steps = 0; steps < 8; steps++) {
                if (p > 1 && t.charAt(p - 1) == '-') {
                    int ws = Words.wordStartBefore(t, p - 1);
                    String w = Words.lower(t, ws, p - 1);
                    if (modifier == Modifier.BARE && (w.equals("then") || w.equals("ex"))) {
                        modifier = w.equals("then") ? Modifier.THEN : Modifier.FORMER;
                        modStart = ws;
                        modEnd = p;
                        p = ws;
                        continue;
                    }
                    return null; // vice-, co-, non-
                }
                int q = Words.skipSpacesLeft(t, p);
                if (q == 0 || q == p) {
                    break;
                }
                Hit place = endingAt(q);
                boolean possessive = false;
                if (place == null && q >= 2 && t.charAt(q - 1) == 's' && t.charAt(q - 2) == '\'') {
                    place = endingAt(q - 2);
                    possessive = true;
                } else if (place == null && t.charAt(q - 1) == '\'') {
                    place = endingAt(q - 1);
                    possessive = true;
                }
                if (place != null) {
                    String j = place.jurisdiction();
                    if (j == null && possessive) {
                        return null; // "Obama's vice president": an office relative to someone else's term
                    }
                    if (j == null) {
                        break; // a name or another title: not part of this phrase
                    }
                    if (jurisdiction != null && !jurisdiction.equals(j)) {
                        return null; // "Russian President of Belarus": contradictory, leave it
                    }
                    jurisdiction = j;
                    possessiveJurisdiction = possessive;
                    if (modifier == Modifier.BARE) {
                        formerAt = possessive ? p : place.start(); // "Cambodia's former …" but "former Cambodian …"
                    }
                    p = place.start();
                    continue;
                }
                char c = t.charAt(q - 1);
                if (!Character.isLetterOrDigit(c) && c != '.') {
                    break;
                }
                int ws = Words.wordStartBefore(t, q);
                if (ws == q) {
                    break;
                }
                String w = Words.lower(t, ws, q);
                if (w.endsWith("'s") || (c == '\'' && ws < q)) {
                    return null; // "the country's president", "the party's chairman": relative to something unknown
                }
                if (modifier == Modifier.BARE && TitleVocabulary.FORMER.contains(w)) {
                    modifier = Modifier.FORMER;
                    modStart = ws;
                    modEnd = p;
                    p = ws;
                    continue;
                }
                if (w.equals("then")) {
                    if (modifier != Modifier.BARE || adverbialThen(ws)) {
                        thenAdverb = ws;
                        break;
                    }
                    modifier = Modifier.THEN;
                    modStart = ws;
                    modEnd = p;
                    p = ws;
                    continue;
                }
                if (TitleVocabulary.PRESENT.contains(w)) {
                    if (modifier == Modifier.BARE && modStart < 0) {
                        modStart = ws; // "current": replaced, not kept, when the title turns out outdated
                        modEnd = p;
                    }
                    p = ws;
                    continue;
                }
                if (TitleVocabulary.NEUTRAL.contains(w)) {
                    p = ws;
                    if (modifier == Modifier.BARE) {
                        formerAt = ws;
                    }
                    continue;
                }
                if (TitleVocabulary.OTHER_ROLE.contains(w)) {
                    return null;
                }
                if ((w.equals("and") || w.equals("or")) && titleEndsAt(Words.skipSpacesLeft(t, ws))) {
                    return null; // "Former Russian President and Prime Minister X": the words before apply to both
                }
                if (w.equals("the")) {
                    det = Det.THE;
                    detStart = ws;
                    break;
                }
                if (TitleVocabulary.INDEFINITE.contains(w)) {
                    det = Det.INDEFINITE;
                    detStart = ws;
                    break;
                }
                if (TitleVocabulary.POSSESSIVE_PRONOUNS.contains(w)) {
                    det = Det.PRONOUN;
                    detStart = ws;
                    break;
                }
                if (Character.isDigit(t.charAt(ws))) {
                    return null; // "3 PM"
                }
                if (Character.isUpperCase(t.charAt(ws))) {
                    if (TitleVocabulary.FUNCTION_WORDS.contains(w) || TitleVocabulary.CALENDAR_WORDS.contains(w)) {
                        break;
                    }
                    return null; // "Senate President", "French President": an office we do not know
                }
                break;
            }
            int bodyStart = p;
            int start = p;
            if (det == Det.THE) {
                start = Words.wordStartBefore(t, Words.skipSpacesLeft(t, p));
            }
            if (!possessiveJurisdiction && modifier == Modifier.BARE && formerAt > bodyStart) {
                formerAt = bodyStart;
            }
            if (titleKey == null && officeId == null) {
                return null;
            }
            return new Phrase(start, bodyStart, pe, det, detStart, modifier, modStart, modEnd, formerAt, titleKey, jurisdiction,
                    officeId, possessiveJurisdiction, possessiveTitle, quoted, thenAdverb);
        }

        private boolean titleEndsAt(int pos) {
            Hit h = endingAt(pos);
            return h != null && h.isTitleLike();
        }

        /** "then" is the adverb after a clause break or a conjunction ("and then President X"), the modifier elsewhere. */
        private boolean adverbialThen(int ws) {
            int q = Words.skipSpacesLeft(t, ws);
            if (q == 0 || sentences.isSentenceStart(ws)) {
                return true;
            }
            char c = t.charAt(q - 1);
            if (!Character.isLetterOrDigit(c)) {
                return true;
            }
            String prev = Words.lower(t, Words.wordStartBefore(t, q), q);
            return TitleVocabulary.ADVERBIAL_THEN_CONTEXT.contains(prev);
        }

        private boolean possessiveAt(int pos) {
            return pos + 1 < t.length() && t.charAt(pos) == '\'' && (t.charAt(pos + 1) == 's' || t.charAt(pos + 1) == 'S')
                    && (pos + 2 == t.length() || !Character.isLetter(t.charAt(pos + 2)));
        }

        // ---- which form of mention -------------------------------------------------------------------------

        /** A bare title in a sentence that says "at the time" speaks of that time, as "then-" would. */
        private RoleMention atTheTime(RoleMention m) {
            if (m == null || m.modifier() != Modifier.BARE) {
                return m;
            }
            int s = sentences.indexOf(m.start());
            String sentence = t.substring(sentences.start(s), sentences.end(s)).toLowerCase(java.util.Locale.ROOT);
            int at = sentence.indexOf("at the time");
            if (at < 0 || (at > 0 && Character.isLetter(sentence.charAt(at - 1)))) {
                return m;
            }
            return new RoleMention(m.form(), m.start(), m.end(), Modifier.THEN, -1, -1, m.formerAt(), m.titleKey(),
                    m.jurisdiction(), m.officeId(), m.person(), m.nameGap(), m.quotedTitle(), m.commaBeforeName());
        }

        private RoleMention classify(Phrase ph, int consumed) {
            return atTheTime(classifyForm(ph, consumed));
        }

        private RoleMention classifyForm(Phrase ph, int consumed) {
            int n = t.length();
            if (!ph.possessiveTitle()) {
                int r = Words.skipSpacesRight(t, ph.end());
                boolean comma = false;
                if (r < n && t.charAt(r) == ',') {
                    comma = true;
                    r = Words.skipSpacesRight(t, r + 1);
                }
                if (r > ph.end()) {
                    int[] gap = new int[1];
                    Hit name = nameAt(r, gap);
                    if (name != null && name.has(Sense.Kind.PERSON)) {
                        if (!namedSet.contains(name) || !gapFits(r, name, gap[0])) {
                            return null; // someone else with that surname, or an unknown first name
                        }
                        if (!comma || closesAfter(name.end())) {
                            return new RoleMention(Form.TITLE_NAME, ph.bodyStart(), name.end(), ph.modifier(),
                                    ph.modStart(), ph.modEnd(), ph.formerAt(), ph.titleKey(), ph.jurisdiction(),
                                    ph.officeId(), name, gap[0], ph.quoted(), comma);
                        }
                    } else if (name != null && name.senses().isEmpty()) {
                        // Capitalised words after the title that we cannot resolve: an unknown person.
                        if (!comma || closesAfter(name.end())) {
                            return null;
                        }
                    }
                }
            }
            // An appositive may be indefinite ("Hun Manet, a former prime minister,"), so look left of any article.
            int left = ph.thenAdverb() >= 0 ? ph.thenAdverb() : ph.detStart() >= 0 ? ph.detStart() : ph.start();
            int k = Words.skipSpacesLeft(t, left);
            // A present-tense predicate reads like an appositive: "Pedro Sánchez, who has been Spain's prime minister"
            Matcher predicate = PRESENT_PREDICATE.matcher(t).region(Math.max(0, k - 40), k);
            if (predicate.find() && ph.modifier() != Modifier.THEN) {
                k = predicate.start() + 1;
            }
            if (k > 0 && t.charAt(k - 1) == ',' && !ph.possessiveTitle() && ph.det() != Det.PRONOUN
                    && closesAfter(ph.end())) {
                Hit person = endingAt(Words.skipSpacesLeft(t, k - 1));
                if (person != null && person.has(Sense.Kind.PERSON)) {
                    if (!namedSet.contains(person) || person.start() < consumed) {
                        return null;
                    }
                    Modifier modifier = ph.modifier();
                    int modStart = ph.modStart();
                    int modEnd = ph.modEnd();
                    if (ph.thenAdverb() >= 0 && modifier == Modifier.BARE) {
                        modifier = Modifier.THEN; // "Hun Sen, then prime minister of Cambodia,"
                        modStart = ph.thenAdverb();
                        modEnd = ph.start();
                    }
                    return new RoleMention(Form.APPOSITIVE, person.start(), ph.end(), modifier, modStart, modEnd,
                            ph.formerAt(), ph.titleKey(), ph.jurisdiction(), ph.officeId(), person, 0, ph.quoted(), false);
                }
            }
            if (k > 0 && t.charAt(k - 1) == ',') {
                Hit before = endingAt(Words.skipSpacesLeft(t, k - 1));
                if (before != null && before.has(Sense.Kind.PERSON)) {
                    return null; // "Merkel, Germany's chancellor from 2005 to 2021": an appositive we cannot close
                }
            }
            boolean definite = ph.det() == Det.THE || (ph.det() == Det.NONE && ph.possessiveJurisdiction());
            if (definite && PAST_PREDICATE.matcher(t).region(Math.max(0, k - 40), k).find()) {
                return null; // "Boris Johnson, who was Britain's prime minister from 2019 to 2022": about him, then
            }
            if (definite) {
                return new RoleMention(Form.OFFICE_ONLY, ph.start(), ph.end(), ph.modifier(), ph.modStart(), ph.modEnd(),
                        ph.formerAt(), ph.titleKey(), ph.jurisdiction(), ph.officeId(), null, 0, ph.quoted(), false);
            }
            return null;
        }

        /**
         * The name hit at {@code pos}, allowing up to two capitalised words before it ("Donald J." Trump); returns a
         * non-person hit or a synthetic hit over unknown capitalised words when no known name follows.
         */
        private Hit nameAt(int pos, int[] gap) {
            int n = t.length();
            int p = pos;
            int firstUnknownEnd = -1;
            for (int words = 0; words <= 2; words++) {
                Hit h = startingAt(p);
                if (h != null) {
                    gap[0] = words;
                    if (h.has(Sense.Kind.PERSON)) {
                        return h;
                    }
                    return words == 0 ? h : unknown(pos, firstUnknownEnd);
                }
                if (p >= n || !Character.isUpperCase(t.charAt(p))) {
                    break;
                }
                int we = Words.wordEndAfter(t, p);
                if (we < n && t.charAt(we) == '.' && we - p == 1) {
                    we++; // an initial
                }
                if (we == p) {
                    break;
                }
                if (firstUnknownEnd < 0) {
                    firstUnknownEnd = we;
                }
                int next = Words.skipSpacesRight(t, we);
                if (next == we) {
                    return unknown(pos, we);
                }
                p = next;
            }
            return firstUnknownEnd < 0 ? null : unknown(pos, firstUnknownEnd);
        }

        private Hit unknown(int start, int end) {
            return Hit.of(start, end, List.of());
        }

        /** Words between title and name must be the person's own given names or initials. */
        private boolean gapFits(int from, Hit name, int gap) {
            if (gap == 0) {
                return true;
            }
            Set<String> tokens = tokensOf(name);
            int p = from;
            while (p < name.start()) {
                int we = Words.wordEndAfter(t, p);
                boolean initial = we < t.length() && t.charAt(we) == '.' && we - p == 1;
                if (!initial && !tokens.contains(Words.lower(t, p, we))) {
                    return false;
                }
                p = Words.skipSpacesRight(t, initial ? we + 1 : we);
            }
            return true;
        }

        private Set<String> tokensOf(Hit name) {
            List<String> ids = name.personIds();
            if (ids.size() == 1) {
                return kb.nameTokens(ids.get(0));
            }
            Set<String> all = new java.util.HashSet<>();
            ids.forEach(id -> all.addAll(kb.nameTokens(id)));
            return all;
        }

        /** After an appositive or a comma-bound name the clause must close, not go on with a verb. */
        private boolean closesAfter(int pos) {
            int n = t.length();
            int k = Words.skipSpacesRight(t, pos);
            if (k >= n) {
                return true;
            }
            char c = t.charAt(k);
            if (",.;:)!?\n\r\u2013\u2014\"'".indexOf(c) >= 0) {
                return true;
            }
            if (c == '-' && (k + 1 >= n || t.charAt(k + 1) == ' ' || t.charAt(k + 1) == '-')) {
                return true; // " - " or "--" used as a dash
            }
            if (Words.wordAt(t, k, "since")) {
                // "president of Belarus since 1994," still closes: skip the date that follows.
                int p = Words.skipSpacesRight(t, k + 5);
                for (int words = 0; words < 3 && p < n && Character.isLetterOrDigit(t.charAt(p)); words++) {
                    p = Words.skipSpacesRight(t, Words.wordEndAfter(t, p));
                    if (p < n && t.charAt(p) == ',' && words < 2 && p + 1 < n && t.charAt(p + 1) == ' '
                            && p + 2 < n && Character.isDigit(t.charAt(p + 2))) {
                        p = Words.skipSpacesRight(t, p + 1); // "since March 12, 2019"
                    }
                    if (p >= n || ",.;:)!?\n\r".indexOf(t.charAt(p)) >= 0) {
                        return true;
                    }
                }
                return false;
            }
            return Words.wordAt(t, k, "who") || Words.wordAt(t, k, "whose");
        }

        /**
         * A single-word name ("Trump") preceded by another capitalised word that is not one of the person's names
         * ("Melania Trump"), or followed by "Jr.", is someone else.
         */
        /**
         * The words right after a matched name continue it: a capitalised word that is no known name, place or title
         * and no day or month, or a particle that joins another name part ("bin Zayed", "al-Assad", "van der Bellen").
         */
        private boolean nameGoesOn(int end) {
            int n = t.length();
            if (end >= n || t.charAt(end) != ' ') {
                return end < n && t.charAt(end) == '-' && end + 1 < n && Character.isUpperCase(t.charAt(end + 1));
            }
            int k = end + 1;
            int we = Words.wordEndAfter(t, k);
            if (we <= k || startingAt(k) != null) {
                return false;
            }
            String w = Words.lower(t, k, we);
            if (Character.isUpperCase(t.charAt(k))) {
                return !TitleVocabulary.CALENDAR_WORDS.contains(w) && !TitleVocabulary.FUNCTION_WORDS.contains(w)
                        && !TitleVocabulary.NAME_SUFFIXES.contains(w) && !Words.isInitial(t, k, we);
            }
            if (TitleVocabulary.NAME_PARTICLES.contains(w) || w.startsWith("al-") || w.startsWith("el-")) {
                int next = Words.skipSpacesRight(t, we);
                return w.contains("-") || (next < n && next == we + 1 && Character.isUpperCase(t.charAt(next)));
            }
            return false;
        }

        /** A headline in capitals ("PRESIDENT PUTIN ARRIVES"): every word looks like a name. */
        private boolean allUpperCase(Hit h) {
            for (int i = h.start(); i < h.end(); i++) {
                if (Character.isLowerCase(t.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean isWholeName(Hit h) {
            int n = t.length();
            int k = Words.skipSpacesRight(t, h.end());
            if (k < n && t.charAt(k) == ',') {
                k = Words.skipSpacesRight(t, k + 1);
            }
            int we = Words.wordEndAfter(t, k);
            if (we > k && TitleVocabulary.NAME_SUFFIXES.contains(Words.lower(t, k, we))) {
                return false;
            }
            if (!allUpperCase(h) && nameGoesOn(h.end())) {
                return false; // "Najib Mikati" is not "Najib", "Ali Khamenei" not "Ali": someone else's longer name
            }
            if (!h.singleWordPerson()) {
                return true;
            }
            int q = Words.skipSpacesLeft(t, h.start());
            if (q == 0 || q == h.start() || endingAt(q) != null) {
                return true;
            }
            int ws = Words.wordStartBefore(t, q);
            if (ws == q || !Character.isUpperCase(t.charAt(ws)) || Words.isInitial(t, ws, q)) {
                return true;
            }
            String w = Words.lower(t, ws, q);
            if (w.endsWith("'s") || w.endsWith(".")) {
                return true; // "Russia's Putin", "Mr. Trump"
            }
            return tokensOf(h).contains(w) || TitleVocabulary.FUNCTION_WORDS.contains(w)
                    || TitleVocabulary.HONORIFICS.contains(w) || TitleVocabulary.CALENDAR_WORDS.contains(w);
        }
    }

    Run run(String normalized, List<Hit> hits, Sentences sentences) {
        return new Run(normalized, hits, sentences);
    }
}
