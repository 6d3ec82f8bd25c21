package io.factcheck.bench;

import io.factcheck.knowledge.KnowledgeFile;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded news-like text over the shipped knowledge base: sentences that name real office holders with their titles in
 * every form the checker reads (bare title, "former", "then-" with a year, "X, the title of Y"), often with the wrong
 * holder or tense so the checker's verdicts vary, mixed with sentences about a wide vocabulary of topics, places and
 * organisations so that full-text search has something to discriminate on.
 */
public final class NewsText {

    static final String[] TOPICS = {"grain exports", "rice tariffs", "border security", "hydropower dams",
            "sanctions relief", "fisheries quotas", "cyber attacks", "vaccine deliveries", "fertiliser prices",
            "oil pipelines", "refugee returns", "election monitoring", "press freedom", "arms purchases",
            "mining concessions", "currency reserves", "railway financing", "drought relief", "flood defences",
            "teacher salaries", "hospital funding", "wheat shipments", "naval exercises", "airspace violations",
            "visa restrictions", "telecom licences", "garment factories", "minimum wages", "coal imports",
            "solar farms", "nuclear safety", "debt restructuring", "customs unions", "timber smuggling",
            "opium cultivation", "ceasefire talks", "prisoner exchanges", "humanitarian corridors",
            "satellite launches", "gold smuggling", "river navigation", "tourism recovery", "bond auctions",
            "pension reform", "fuel subsidies", "landmine clearance", "seafood exports", "rubber plantations",
            "internet shutdowns", "judicial appointments", "anticorruption probes", "tax amnesty",
            "peacekeeping missions", "trade corridors", "embassy closures", "uranium enrichment", "chip exports",
            "potash shipments", "dairy exports", "jet engines"};
    static final String[] PLACES = {"Minsk", "Phnom Penh", "Moscow", "Washington", "Naypyidaw", "Yangon", "Beijing",
            "Bangkok", "Hanoi", "Vientiane", "Jakarta", "Kuala Lumpur", "Singapore", "Manila", "New Delhi", "Dhaka",
            "Geneva", "Vienna", "Brussels", "Warsaw", "Vilnius", "Kyiv", "Tbilisi", "Astana", "Tashkent", "Ankara",
            "Cairo", "Nairobi", "Brasilia", "Havana", "Caracas", "Tokyo", "Seoul", "Canberra", "Ottawa", "Berlin",
            "Paris", "London", "Rome", "Madrid"};
    static final String[] ORGANISATIONS = {"the United Nations", "ASEAN", "the World Bank", "the IMF",
            "the European Union", "the Red Cross", "the World Health Organization", "Amnesty International",
            "the African Union", "the Shanghai Cooperation Organisation", "the Eurasian Economic Union",
            "Human Rights Watch", "the International Criminal Court", "the Asian Development Bank", "Interpol"};
    private static final String[] VERBS = {"said", "warned", "insisted", "argued", "announced", "claimed",
            "acknowledged", "suggested", "told reporters", "wrote in a statement"};
    private static final String[] OUTCOMES = {"would double within two years", "had been frozen since the spring",
            "were the subject of a new agreement", "would be reviewed by parliament", "had fallen by a third",
            "were never discussed", "would resume next month", "remained a priority for the government",
            "were blocked by the opposition", "had been exaggerated by foreign media", "would be audited",
            "had reached a record high", "depended on outside financing", "were discussed at length"};
    private static final String[] FILLER = {"Talks went on late into the night, according to two officials.",
            "Neither side published a joint communique.", "The foreign ministry declined to comment further.",
            "Independent observers were not allowed to attend.", "Markets reacted calmly to the news.",
            "State television broadcast the arrival ceremony live.", "Opposition groups called the visit a stunt.",
            "The delegation flew home the same evening.", "Diplomats described the atmosphere as cordial.",
            "Several agreements were signed behind closed doors."};
    private static final String[] CLAIMANTS = {"Reuters", "the Associated Press", "state media", "a government spokesman",
            "an opposition lawmaker", "a senior diplomat", "the finance ministry", "a regional analyst"};

    /** A mention-ready office: its title, adjective and jurisdiction, and who held it (any time). */
    record Office(String title, String adjective, String jurisdiction, List<Holder> holders) {
    }

    record Holder(String name, String surname, LocalDate start, LocalDate end) {
    }

    /** An article body and the sentences of it an editor turns into claims (each occurs once in the body). */
    public record Article(String title, String body, LocalDate publishedAt, List<Sentence> editorClaims) {
    }

    /** One sentence of the body, who said it and whom it is about, and the search words it contains. */
    public record Sentence(String text, String claimant, String person, List<String> terms) {
    }

    final List<Office> offices;
    final List<String> surnames;

    public NewsText() {
        KnowledgeFile file = ShippedKnowledge.read();
        Map<String, KnowledgeFile.FilePerson> people = new HashMap<>();
        file.people().forEach(p -> people.put(p.key(), p));
        Map<String, List<Holder>> holders = new HashMap<>();
        for (KnowledgeFile.FileTenure t : file.tenures()) {
            KnowledgeFile.FilePerson p = people.get(t.person());
            String surname = p.name().substring(p.name().lastIndexOf(' ') + 1);
            holders.computeIfAbsent(t.office(), k -> new ArrayList<>()).add(new Holder(p.name(), surname, t.start(), t.end()));
        }
        offices = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (KnowledgeFile.FileOffice o : file.offices()) {
            List<Holder> h = holders.getOrDefault(o.key(), List.of());
            if (!h.isEmpty() && !o.adjectives().isEmpty()) {
                String place = o.jurisdiction().startsWith("United ") ? "the " + o.jurisdiction() : o.jurisdiction();
                offices.add(new Office(o.title(), o.adjectives().get(0), place, h));
                h.forEach(x -> names.add(x.surname()));
            }
        }
        surnames = List.copyOf(names);
    }

    /** An article of about {@code targetChars} characters dated {@code publishedAt}, with {@code editorClaims} claim sentences. */
    public Article article(Random rnd, int targetChars, LocalDate publishedAt, int editorClaims) {
        String topic = pick(rnd, TOPICS);
        String place = pick(rnd, PLACES);
        Office lead = pick(rnd, offices);
        Holder leader = pick(rnd, lead.holders());
        String title = cap(topic) + " on the agenda as " + leader.name() + " visits " + place;
        StringBuilder body = new StringBuilder(targetChars + 600);
        body.append(title).append('\n').append(publishedAt.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(' ').append(publishedAt.getDayOfMonth()).append(", ").append(publishedAt.getYear()).append("\n\n");
        Set<String> used = new LinkedHashSet<>();
        List<Sentence> claims = new ArrayList<>();
        int sentences = 0;
        while (body.length() < targetChars) {
            String sentence;
            Sentence claim = null;
            int kind = rnd.nextInt(10);
            if (kind < 4) {
                sentence = roleSentence(rnd, publishedAt, place);
            } else if (kind < 9) {
                claim = topicSentence(rnd, publishedAt);
                sentence = claim.text();
            } else {
                sentence = pick(rnd, FILLER);
            }
            if (!used.add(sentence)) {
                continue; // a quote must occur once in the body to anchor by quote
            }
            if (claim != null && claims.size() < editorClaims) {
                claims.add(claim);
            }
            body.append(sentence);
            body.append(++sentences % 4 == 0 ? "\n\n" : " ");
        }
        return new Article(title, body.toString().strip(), publishedAt, claims);
    }

    /** A sentence naming an office holder in one of the forms the checker reads; often wrong for the date. */
    private String roleSentence(Random rnd, LocalDate date, String place) {
        Office o = pick(rnd, offices);
        Holder h = pick(rnd, o.holders());
        int year = h.start().getYear() + rnd.nextInt(Math.max(1, (h.end() == null ? date.getYear() : h.end().getYear())
                - h.start().getYear() + 1));
        String topic = pick(rnd, TOPICS);
        return switch (rnd.nextInt(6)) {
            case 0 -> o.adjective() + " " + o.title() + " " + h.name() + " " + pick(rnd, VERBS) + " that " + topic
                    + " " + pick(rnd, OUTCOMES) + ".";
            case 1 -> "Former " + o.adjective() + " " + o.title() + " " + h.name() + " arrived in " + place
                    + " to discuss " + topic + ".";
            case 2 -> h.name() + ", the " + o.title().toLowerCase(Locale.ROOT) + " of " + o.jurisdiction()
                    + ", met officials in " + place + " to talk about " + topic + ".";
            case 3 -> "In " + year + ", then-" + o.title() + " " + h.name() + " signed a deal on " + topic + " in "
                    + pick(rnd, PLACES) + ".";
            case 4 -> "\"We will not back down on " + topic + ",\" " + o.title() + " " + h.surname() + " "
                    + pick(rnd, VERBS) + " in " + pick(rnd, PLACES) + ".";
            default -> "The " + o.title() + " of " + o.jurisdiction() + " " + pick(rnd, VERBS) + " on "
                    + day(rnd, date) + " that " + topic + " " + pick(rnd, OUTCOMES) + ".";
        };
    }

    /** A checkable statement about a topic (no office title, so the checker leaves it to editors). */
    private Sentence topicSentence(Random rnd, LocalDate date) {
        String topic = pick(rnd, TOPICS);
        String place = pick(rnd, PLACES);
        String org = pick(rnd, ORGANISATIONS);
        String claimant = pick(rnd, CLAIMANTS);
        String person = pick(rnd, surnames);
        int number = 2 + rnd.nextInt(97);
        String text = switch (rnd.nextInt(4)) {
            case 0 -> "According to " + claimant + ", " + topic + " through " + place + " " + pick(rnd, OUTCOMES)
                    + ", a claim " + org + " disputed.";
            case 1 -> cap(claimant) + " " + pick(rnd, VERBS) + " on " + day(rnd, date) + " that " + number
                    + " percent of " + topic + " " + pick(rnd, OUTCOMES) + ".";
            case 2 -> "Officials close to " + person + " said " + org + " had approved " + number + " million dollars for "
                    + topic + " in " + place + ".";
            default -> "A report by " + org + " found that " + topic + " in " + place + " " + pick(rnd, OUTCOMES)
                    + ", " + claimant + " " + pick(rnd, VERBS) + ".";
        };
        return new Sentence(text, claimant, person, List.of(topic, place, org.replace("the ", ""), person));
    }

    private static String day(Random rnd, LocalDate date) {
        LocalDate d = date.minusDays(rnd.nextInt(30));
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static <T> T pick(Random rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    static String pick(Random rnd, String[] items) {
        return items[rnd.nextInt(items.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
