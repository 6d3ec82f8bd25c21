package io.factcheck.knowledgebuild;

import java.util.List;
import java.util.Set;

/**
 * Names of the same kind of office, as the Factbook's texts and English-language news give them: a head of government
 * is a "Prime Minister" in news whether the constitution says "President of the Government" (Spain) or "Chairman of
 * the Government" (Russia).
 */
final class OfficeNames {

    /** Heads of government; news calls every one of them "Prime Minister". */
    static final Set<String> HEAD_OF_GOVERNMENT = Set.of("prime minister", "premier", "president of the government",
            "president of the council of ministers", "chairman of the council of ministers",
            "chairman of the government", "head of government", "chairman of the russian federation government",
            "chairman of the cabinet of ministers", "prime minister of the council of ministers",
            "president of council of ministers", "prime minister of council of ministers");

    /** Presidents as heads of state. */
    static final Set<String> PRESIDENT = Set.of("president", "federal president", "state president",
            "president of the republic", "president of the islamic republic of afghanistan", "executive president");

    private static final List<Set<String>> KINDS = List.of(HEAD_OF_GOVERNMENT, PRESIDENT);

    private OfficeNames() {
    }

    /** The kind a title belongs to, or null when it has no other names. */
    static Set<String> kindOf(String title) {
        String folded = Names.fold(title);
        for (Set<String> kind : KINDS) {
            if (kind.contains(folded)) {
                return kind;
            }
        }
        return null;
    }

    /** A head of government whose title is not what news calls it gets "Prime Minister" as another name. */
    static boolean newsCallsItPrimeMinister(String title) {
        String folded = Names.fold(title);
        return HEAD_OF_GOVERNMENT.contains(folded) && !folded.equals("prime minister") && !folded.equals("premier");
    }
}
