package io.factcheck.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    private static final UUID ID = UUID.fromString("0196f3a2-0000-7000-8000-000000000001");

    @Test
    void a_row_has_a_strong_tag_of_its_id_and_version() {
        assertThat(EntityTag.of(ID, 3)).hasToString("\"" + ID + ".v3\"");
    }

    @Test
    void a_digest_is_weak_stable_and_changes_with_any_part() {
        EntityTag tag = EntityTag.digest("claims", List.of(EntityTag.of(ID, 1)), "next=null");
        assertThat(tag.weak()).isTrue();
        assertThat(tag.toString()).startsWith("W/\"");
        assertThat(EntityTag.digest("claims", List.of(EntityTag.of(ID, 1)), "next=null")).isEqualTo(tag);
        assertThat(EntityTag.digest("claims", List.of(EntityTag.of(ID, 2)), "next=null")).isNotEqualTo(tag);
        assertThat(EntityTag.digest("claims", List.of(EntityTag.of(ID, 1)), "next=abc")).isNotEqualTo(tag);
    }

    @Test
    void parses_a_list_of_strong_and_weak_tags() {
        assertThat(EntityTag.parseList("\"a\", W/\"b\" ,\"c\""))
                .containsExactly(new EntityTag("a", false), new EntityTag("b", true), new EntityTag("c", false));
    }

    @Test
    void rejects_unquoted_or_unterminated_tags() {
        assertThatThrownBy(() -> EntityTag.parseList("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityTag.parseList("\"abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityTag.parseList("\"a\" \"b\"")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityTag.parseList(" , ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weak_comparison_ignores_weakness_and_strong_comparison_needs_two_strong_tags() {
        EntityTag strong = new EntityTag("x", false);
        EntityTag weak = new EntityTag("x", true);
        assertThat(weak.weaklyMatches(strong)).isTrue();
        assertThat(strong.stronglyMatches(new EntityTag("x", false))).isTrue();
        assertThat(strong.stronglyMatches(weak)).isFalse();
    }

    @Test
    void if_match_passes_for_the_current_version_or_a_star_and_fails_otherwise() {
        IfMatch.NONE.check("claim", ID, 7);
        IfMatch.parse("*").check("claim", ID, 7);
        IfMatch.parse("\"nope\", " + EntityTag.of(ID, 7)).check("claim", ID, 7);
        assertThatThrownBy(() -> IfMatch.parse(EntityTag.of(ID, 6).toString()).check("claim", ID, 7))
                .hasMessageContaining("version 7");
        assertThatThrownBy(() -> IfMatch.parse("W/" + EntityTag.of(ID, 7)).check("claim", ID, 7))
                .hasMessageContaining("has changed");
        assertThatThrownBy(() -> IfMatch.parse("v7")).hasMessageContaining("quoted");
    }
}
