package io.factcheck.knowledgebuild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.factcheck.knowledge.DatePrecision;

/**
 * Reads the holders out of a Factbook "chief of state" or "head of government" text:
 * "Prime Minister Keir STARMER (since 5 July 2024); Deputy Prime Minister David LAMMY (since 5 September 2025)".
 * Everything it cannot read becomes a problem line for the build's report, never a silent guess.
 */
final class ExecutiveParser {

    /** One holder as the text names them. {@code since} is null for "since NA" or no date. */
    record Holder(String title, String rawName, Names.PersonName name, LocalDate since, DatePrecision precision,
            LocalDate until, boolean acting, String dateText) {
    }

    record Parsed(List<Holder> holders, List<String> problems) {
    }

    /** Words that may stand in a title besides the built-in ones: the data's demonyms ("French Co-Prince"). */
    record Vocabulary(Set<String> titleWords) {
        static final Vocabulary NONE = new Vocabulary(Set.of());
    }

    private static final ThreadLocal<Vocabulary> VOCABULARY = ThreadLocal.withInitial(() -> Vocabulary.NONE);

    /** Words of office titles, lower case; anything else before a capitalised surname is a given name. */
    private static final Set<String> TITLE_WORDS = Set.of("president", "presidents", "prime", "minister", "ministers",
            "king", "queen", "emperor", "empress", "emir", "amir", "sultan", "grand", "duke", "duchess", "prince",
            "princess", "chancellor", "premier", "taoiseach", "supreme", "leader", "chairman", "chairwoman",
            "chairperson", "of", "the", "for", "and", "government", "council", "presidency", "state", "vice", "deputy",
            "first", "second", "third", "co-prince", "co-princes", "captain", "captains", "regent", "regents",
            "federal", "chief", "executive", "head", "crown", "transitional", "interim", "acting", "provisional",
            "republic", "national", "union", "people's", "revolutionary", "military", "sovereign", "presidential",
            "swiss", "confederation", "commission", "committee", "administration", "salvation", "restoration",
            "democracy", "peace", "development", "security", "defense", "defence", "highest", "high", "co-chiefs",
            "co-chief", "cnsp", "spdc", "slorc", "affairs", "political", "foreign", "internal", "cabinet", "secretary",
            "lord", "mann");
    /** Ranks and honorifics: neither title nor name ("President Gen. Gnassingbe EYADEMA", "Sultan ... Sir HASSANAL"). */
    private static final Set<String> RANKS = Set.of("general", "gen.", "gen", "lt.", "lt", "lieutenant", "col.",
            "colonel", "maj.", "major", "brig.", "brigadier", "field", "marshal", "admiral", "adm.", "vice-admiral",
            "dr.", "dr", "doctor", "sheikh", "shaykh", "sir", "dame", "ms.", "mr.", "mrs.", "madame", "archbishop",
            "bishop", "cardinal", "air", "commodore", "rear", "lt.-gen.", "lt.gen.", "maj.-gen.", "brig.-gen.",
            "gen.-maj.", "retired", "(ret.)", "rtd.", "professor", "prof.", "chief-of-staff", "army", "cmdr.",
            "capt.", "sgt.", "corporal", "squadron", "leader", "justice", "judge", "hon.", "honorable", "engineer",
            "eng.", "his", "her", "majesty", "highness", "royal", "pope", "lord", "dato", "datuk", "tun", "tan",
            "sri", "haji", "hajji", "alhaji", "mullah", "ayatollah", "hojjat", "ol-eslam", "sayyid", "seyed", "sr.", "sr", "snr.");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(acting [\\w ]*?|interim [\\w ]*?|chairman |[\\w ]*?)?since\\s+([^();]+)");
    private static final Pattern PERIOD = Pattern.compile("(?i)for the period\\s+([^-–]+?)\\s*[-–]\\s*([^()]+)");
    private static final Pattern DAY_DATE = Pattern.compile("(\\d{1,2})\\s*([A-Za-z]+)\\.?,?\\s*(\\d{4})");
    private static final Pattern MONTH_DATE = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern YEAR_DATE = Pattern.compile("(\\d{4})");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private ExecutiveParser() {
    }

    static Parsed parse(String text) {
        return parse(text, Vocabulary.NONE);
    }

    static Parsed parse(String text, Vocabulary vocabulary) {
        VOCABULARY.set(vocabulary);
        try {
            return parseText(text);
        } finally {
            VOCABULARY.remove();
        }
    }

    /** "PHAETHONGTHAN Chinnawat; also spelled PAETONGTARN Shinawatra (since …)": the date belongs to the first spelling. */
    private static final Pattern ALSO_SPELLED = Pattern.compile("(?i)[;,]\\s*also spelled\\s+[^();]+?(?=\\s*\\(|;|$)");

    private static Parsed parseText(String original) {
        List<Holder> holders = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (original == null || original.isBlank()) {
            return new Parsed(holders, problems);
        }
        String text = ALSO_SPELLED.matcher(original).replaceAll("");
        String previousTitle = null;
        for (String raw : topLevelSplit(text, ';')) {
            String segment = raw.trim();
            String lower = segment.toLowerCase(Locale.ROOT);
            if (lower.startsWith("note") || lower.startsWith("election") || lower.startsWith("results")
                    || lower.startsWith("cabinet") || lower.startsWith("(for more")) {
                break;
            }
            if (lower.startsWith("and ")) {
                segment = segment.substring(4).trim();
                lower = lower.substring(4);
            }
            if (segment.isEmpty() || isNarrative(segment) || lower.startsWith("represented by") || lower.startsWith("heir")
                    || lower.contains("vacant") || !hasCapitalisedToken(segment)) {
                continue;
            }
            Parsed one = parseSegment(segment, previousTitle);
            holders.addAll(one.holders());
            problems.addAll(one.problems());
            if (!one.holders().isEmpty()) {
                previousTitle = one.holders().get(one.holders().size() - 1).title();
            }
        }
        return new Parsed(holders, problems);
    }

    /** "on 5 August 2024, Prime Minister … resigned", "as of November 2021, …", "formerly, …": a story, not a list. */
    private static boolean isNarrative(String segment) {
        String first = segment.split("[\\s,]+", 2)[0];
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0))
                && !TITLE_WORDS.contains(first.toLowerCase(Locale.ROOT));
    }

    private static Parsed parseSegment(String segment, String previousTitle) {
        List<Holder> holders = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // The first parenthetical that dates the term; others ("(KP)", "(CNSP)") are dropped from the name.
        String dating = null;
        StringBuilder named = new StringBuilder();
        int depth = 0;
        StringBuilder paren = new StringBuilder();
        boolean datedSeen = false;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    paren.setLength(0);
                    continue;
                }
            } else if (c == ')') {
                if (--depth == 0) {
                    String p = paren.toString();
                    if (dating == null && (p.toLowerCase(Locale.ROOT).contains("since")
                            || p.toLowerCase(Locale.ROOT).contains("for the period"))) {
                        dating = p;
                        datedSeen = true;
                    }
                    continue;
                }
                if (depth < 0) {
                    depth = 0;
                    continue;
                }
            }
            if (depth > 0) {
                paren.append(c);
            } else if (!datedSeen) {
                named.append(c);
            }
        }
        String namePart = named.toString().replaceAll("\\s+", " ").trim();
        if (namePart.endsWith(",")) {
            namePart = namePart.substring(0, namePart.length() - 1).trim();
        }
        // "Captains Regent A and B", "Deputy Prime Ministers A, B, C": one title, several holders.
        List<String> people = splitPeople(namePart);
        String title = null;
        List<Holder> parsed = new ArrayList<>();
        for (int k = 0; k < people.size(); k++) {
            if (STORY.matcher(people.get(k)).find()) {
                // "Giorgio NAPOLITANO resigned 14 January 2015": what happened to someone, not who holds the office
                problems.add("\"" + people.get(k) + "\" tells an event, not a holder; left out");
                continue;
            }
            String[] titleAndName = titleAndName(people.get(k));
            if (titleAndName == null) {
                problems.add("no capitalised name in \"" + people.get(k) + "\" of \"" + segment + "\"");
                continue;
            }
            String t = titleAndName[0].isEmpty() ? (k > 0 ? title : null) : titleAndName[0];
            if (t == null && dating != null) {
                t = titleFromDating(dating);
            }
            if (t == null) {
                t = previousTitle;
            }
            title = t;
            parsed.add(holder(t, titleAndName[1], dating, problems, segment));
        }
        holders.addAll(parsed);
        return new Parsed(holders, problems);
    }

    /** "presidency member since 16 November 2022" names the office of a member listed without a title. */
    private static String titleFromDating(String dating) {
        Matcher m = SINCE.matcher(dating);
        if (m.find() && m.group(1) != null) {
            String words = m.group(1).trim();
            if (!words.isEmpty() && !words.toLowerCase(Locale.ROOT).startsWith("acting")
                    && !words.toLowerCase(Locale.ROOT).startsWith("interim")
                    && !words.equalsIgnoreCase("chairman")) {
                return words;
            }
        }
        return null;
    }

    private static Holder holder(String title, String rawName, String dating, List<String> problems, String segment) {
        Names.PersonName name = Names.PersonName.parse(rawName);
        LocalDate since = null;
        LocalDate until = null;
        DatePrecision precision = null;
        boolean acting = title != null && title.toLowerCase(Locale.ROOT).matches("((acting|interim|caretaker)\\b|\\[interim]).*");
        if (dating != null) {
            String lower = dating.toLowerCase(Locale.ROOT);
            Matcher period = PERIOD.matcher(dating);
            Matcher sinceM = SINCE.matcher(dating);
            if (period.find()) {
                Dated from = date(period.group(1));
                Dated to = date(period.group(2));
                if (from != null && to != null && to.precision() == DatePrecision.DAY) {
                    since = from.date();
                    precision = from.precision();
                    until = to.date().plusDays(1);
                } else {
                    problems.add("unreadable period \"" + dating + "\" in \"" + segment + "\"");
                }
            } else if (sinceM.find()) {
                String prefix = sinceM.group(1) == null ? "" : sinceM.group(1).toLowerCase(Locale.ROOT);
                acting |= prefix.startsWith("acting") || prefix.startsWith("interim");
                String when = sinceM.group(2).trim().replaceFirst("(?i)^since\\s+", "");
                if (!when.toUpperCase(Locale.ROOT).startsWith("NA")) {
                    Dated d = date(when);
                    if (d == null) {
                        problems.add("unreadable date \"" + when + "\" in \"" + segment + "\"");
                    } else {
                        since = d.date();
                        precision = d.precision();
                    }
                }
            }
            acting |= lower.startsWith("acting") || lower.contains("acting president since")
                    || lower.contains("interim");
        }
        String cleanTitle = title == null ? null : cleanTitle(title);
        return new Holder(cleanTitle, rawName, name, since, precision, until, acting, dating);
    }

    /** "Acting President" → "President"; "Deputy Prime Ministers" → "Deputy Prime Minister"; "(Prime Minister-equivalent)" dropped. */
    static String cleanTitle(String title) {
        String t = title.replaceAll("(?i)^(acting|interim|provisional|transitional|caretaker)\\s+", "").trim();
        t = t.replaceAll("(?i)^co-chiefs of state\\s+", "").trim();
        StringBuilder out = new StringBuilder();
        String[] words = t.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String lw = w.toLowerCase(Locale.ROOT);
            // only the head noun is plural ("Deputy Prime Ministers"); "Council of Ministers" stays
            boolean afterOf = i > 0 && words[i - 1].equalsIgnoreCase("of");
            String singular = (i < words.length - 1 && !lw.equals("captains")) || afterOf ? w : switch (lw) {
                case "ministers" -> w.substring(0, w.length() - 1);
                case "presidents" -> w.substring(0, w.length() - 1);
                case "co-princes" -> w.substring(0, w.length() - 1);
                case "captains" -> w.substring(0, w.length() - 1);
                case "regents" -> w.substring(0, w.length() - 1);
                default -> w;
            };
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean small = Set.of("of", "the", "and", "for").contains(singular.toLowerCase(Locale.ROOT));
            out.append(small && out.length() > 0 ? singular.toLowerCase(Locale.ROOT) : capitalise(singular));
        }
        return out.toString();
    }

    private static String capitalise(String w) {
        if (w.isEmpty() || w.chars().filter(Character::isUpperCase).count() > 1) {
            return w; // "CNSP", "SPDC"
        }
        StringBuilder b = new StringBuilder(w.toLowerCase(Locale.ROOT));
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        for (int i = 1; i < b.length(); i++) {
            if (b.charAt(i - 1) == '-') {
                b.setCharAt(i, Character.toUpperCase(b.charAt(i)));
            }
        }
        return b.toString();
    }

    /**
     * Splits "Title Given SURNAME" at the last title word or rank before the given names; ranks are dropped.
     * Returns {title, name}, or null when there is no capitalised name.
     */
    static String[] titleAndName(String text) {
        String[] tokens = text.trim().split("\\s+");
        int firstCaps = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (Names.isCapitalised(tokens[i]) && !isTitleOrRank(tokens[i])) {
                firstCaps = i;
                break;
            }
        }
        if (firstCaps < 0) {
            return null;
        }
        int nameStart = firstCaps;
        while (nameStart > 0 && !isTitleOrRank(tokens[nameStart - 1])) {
            nameStart--;
        }
        int titleEnd = nameStart;
        while (titleEnd > 0 && RANKS.contains(tokens[titleEnd - 1].toLowerCase(Locale.ROOT))
                && !TITLE_WORDS.contains(tokens[titleEnd - 1].toLowerCase(Locale.ROOT))) {
            titleEnd--;
        }
        // "Sultan and Prime Minister Sir HASSANAL": ranks may sit between title words and the name only.
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < titleEnd; i++) {
            String lw = tokens[i].toLowerCase(Locale.ROOT);
            if (RANKS.contains(lw) && !TITLE_WORDS.contains(lw)) {
                continue;
            }
            if (title.length() > 0) {
                title.append(' ');
            }
            title.append(tokens[i]);
        }
        StringBuilder name = new StringBuilder();
        for (int i = nameStart; i < tokens.length; i++) {
            String tok = tokens[i].replaceAll("[,.]$", "");
            if (tok.equalsIgnoreCase("Jr") || tok.isEmpty()) {
                continue;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(tok);
        }
        return new String[] { title.toString().trim(), name.toString() };
    }

    private static boolean isTitleOrRank(String token) {
        String lw = token.toLowerCase(Locale.ROOT).replaceAll(",$", "");
        return TITLE_WORDS.contains(lw) || RANKS.contains(lw) || VOCABULARY.get().titleWords().contains(lw);
    }

    private static final Pattern STORY = Pattern.compile("(?i)\\b(resigned|died|departed|ousted|removed|stepped down|"
            + "killed|deposed|fled|assassinated|impeached|dismissed|overthrown|was|were|has been|had been)\\b");

    private static final Pattern PEOPLE_SEPARATOR = Pattern.compile(",\\s*|\\s+and\\s+");

    /**
     * "Captains Regent A and B" → two people; "Sultan and Prime Minister Sir HASSANAL Bolkiah" → one (a part with no
     * name is a title that joins the next part); "…, born in 1940" → joins the previous part.
     */
    private static List<String> splitPeople(String namePart) {
        List<String> parts = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        Matcher m = PEOPLE_SEPARATOR.matcher(namePart);
        int start = 0;
        while (m.find()) {
            parts.add(namePart.substring(start, m.start()));
            separators.add(m.group());
            start = m.end();
        }
        parts.add(namePart.substring(start));
        List<String> people = new ArrayList<>();
        StringBuilder pendingTitle = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i).trim();
            if (p.isEmpty()) {
                continue;
            }
            if (hasCapitalisedToken(p)) {
                people.add(pendingTitle + p);
                pendingTitle.setLength(0);
            } else if (startsWithTitleWord(p) && i + 1 < parts.size()) {
                pendingTitle.append(p).append(separators.get(i));
            } else if (!people.isEmpty()) {
                people.set(people.size() - 1, people.get(people.size() - 1) + ", " + p);
            }
        }
        return people;
    }

    private static boolean startsWithTitleWord(String p) {
        return TITLE_WORDS.contains(p.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }

    private static boolean hasCapitalisedToken(String s) {
        for (String t : s.split("[\\s(),;]+")) {
            if (Names.isCapitalised(t) && !isTitleOrRank(t)) {
                return true;
            }
        }
        return false;
    }

    record Dated(LocalDate date, DatePrecision precision) {
    }

    static Dated date(String text) {
        String t = text.trim();
        Matcher day = DAY_DATE.matcher(t);
        if (day.lookingAt()) {
            int month = month(day.group(2));
            if (month > 0) {
                try {
                    return new Dated(LocalDate.of(Integer.parseInt(day.group(3)), month,
                            Integer.parseInt(day.group(1))), DatePrecision.DAY);
                } catch (java.time.DateTimeException e) {
                    return null;
                }
            }
        }
        Matcher mon = MONTH_DATE.matcher(t);
        if (mon.lookingAt() && month(mon.group(1)) > 0) {
            return new Dated(LocalDate.of(Integer.parseInt(mon.group(2)), month(mon.group(1)), 1), DatePrecision.MONTH);
        }
        Matcher year = YEAR_DATE.matcher(t);
        if (year.lookingAt()) {
            return new Dated(LocalDate.of(Integer.parseInt(year.group(1)), 1, 1), DatePrecision.YEAR);
        }
        return null;
    }

    private static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).equals(w) || (w.length() >= 3 && MONTHS.get(i).startsWith(w))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Splits at a separator outside parentheses. */
    static List<String> topLevelSplit(String text, char separator) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /**
     * The chief-of-state and head-of-government parts of a yearly edition's text, in the forms used from 1990
     * ("Chief of State--…; Head of Government--…", "Chief of State: … Head of Government: …") to 2025
     * ("chief of state: … head of government: … cabinet: …"). {both} holds a "chief of state and head of government" part.
     */
    record Parts(String chiefOfState, String headOfGovernment) {
    }

    private static final Pattern PART = Pattern.compile(
            "(?i)(chief of state and head of government|chief of state|head of government)\\s*(?:--|:|-)\\s*");
    private static final Pattern PART_END = Pattern.compile(
            "(?i)\\b(cabinet|elections?|election results|elections/appointments|note - the president is both)\\s*(?::|--)");

    static Parts parts(String text) {
        String chief = null;
        String head = null;
        Matcher m = PART.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] { m.start(), m.end() });
            kinds.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[1];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String body = text.substring(from, to);
            Matcher end = PART_END.matcher(body);
            if (end.find()) {
                body = body.substring(0, end.start());
            }
            body = body.trim();
            switch (kinds.get(i)) {
                case "chief of state and head of government" -> {
                    chief = chief == null ? body : chief;
                    head = head == null ? body : head;
                }
                case "chief of state" -> chief = chief == null ? body : chief;
                default -> head = head == null ? body : head;
            }
        }
        return new Parts(chief, head);
    }
}
