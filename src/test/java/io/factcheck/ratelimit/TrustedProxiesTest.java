package io.factcheck.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address a request is budgeted to: X-Forwarded-For only counts when a trusted proxy sent it. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.10", "2001:db8:ff::/48"));

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        TrustedProxies none = TrustedProxies.parse(List.of());
        assertThat(none.clientAddress("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    }

    @Test
    void a_peer_that_is_not_trusted_cannot_choose_its_address() {
        assertThat(proxies.clientAddress("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("192.168.1.11", List.of("198.51.100.1"))).isEqualTo("192.168.1.11");
    }

    @Test
    void from_a_trusted_proxy_the_nearest_untrusted_address_is_the_client() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // The client prepended a forged address; the proxies appended what they saw, right to left.
        assertThat(proxies.clientAddress("10.1.2.3", List.of("1.1.1.1, 198.51.100.1, 192.168.1.10")))
                .isEqualTo("198.51.100.1");
        // Several header lines are one list, in order.
        assertThat(proxies.clientAddress("10.1.2.3", List.of("1.1.1.1, 198.51.100.1", "10.9.9.9")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void when_every_hop_is_trusted_the_leftmost_is_the_client_and_without_a_header_the_proxy_is() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("10.0.0.5, 192.168.1.10"))).isEqualTo("10.0.0.5");
        assertThat(proxies.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(proxies.clientAddress("10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void garbage_in_the_header_stops_the_walk_at_the_proxy_that_reported_it() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("unknown"))).isEqualTo("10.1.2.3");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("198.51.100.1, evil.example, 10.0.0.7")))
                .isEqualTo("10.0.0.7");
    }

    @Test
    void ports_brackets_and_mapped_addresses_are_read_as_addresses() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("198.51.100.1:5123"))).isEqualTo("198.51.100.1");
        assertThat(proxies.clientAddress("::ffff:10.1.2.3", List.of("198.51.100.7"))).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("[2001:db8:1:2::9]:443")))
                .isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void ipv6_clients_are_budgeted_by_their_64_bit_prefix_and_ipv6_proxies_are_matched_by_range() {
        String one = proxies.clientAddress("2001:db8:ff:1::1", List.of("2001:db8:1:2:aaaa::1"));
        String other = proxies.clientAddress("2001:db8:ff:1::1", List.of("2001:db8:1:2:bbbb::2"));
        assertThat(one).isEqualTo(other).endsWith("/64");
        assertThat(proxies.clientAddress("2001:db8:fe::1", List.of("198.51.100.1"))).doesNotContain("198.51.100.1");
    }

    @Test
    void trusted_proxies_are_addresses_or_ranges_never_names() {
        assertThat(proxies.trusts("10.255.0.1")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(TrustedProxies.parse(List.of("172.16.0.0/12")).trusts("172.31.255.255")).isTrue();
        assertThat(TrustedProxies.parse(List.of("172.16.0.0/12")).trusts("172.32.0.0")).isFalse();
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
