package io.factcheck.knowledgesync;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

/**
 * What a knowledge change asks of the articles, implemented where articles live (package article), so that the sync
 * need not know them: which articles depend on changed offices, and re-checking one of them.
 */
public interface ArticleRechecks {

    /**
     * The articles whose checker findings may depend on these offices: a finding names one of them, or the text
     * mentions one (its title with its jurisdiction, or an alias). In a stable order.
     */
    Uni<List<UUID>> affectedBy(Collection<UUID> officeIds);

    /**
     * Re-checks one article on the current knowledge, through the article re-check path. Its unreviewed checker
     * claims follow the new findings (with claim events); its reviewed claims are never changed, and are flagged when
     * their checker evidence changed. An article deleted meanwhile is no error.
     */
    Uni<Outcome> recheck(UUID articleId);

    /** What one re-check did. */
    record Outcome(boolean findingsChanged, int claimsFlagged) {

        public static final Outcome NONE = new Outcome(false, 0);
    }
}
