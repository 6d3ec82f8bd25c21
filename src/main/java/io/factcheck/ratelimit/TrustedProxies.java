package io.factcheck.ratelimit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * The proxies whose {@code X-Forwarded-For} is believed (claims.ratelimit.trusted-proxies: addresses or CIDR ranges,
 * IPv4 or IPv6). A request from any other peer is that peer's, whatever the header says, since anyone can send the
 * header. From a trusted peer, the header is read right to left (each proxy appends the address it saw), skipping
 * trusted proxies: the first address that is not one is the client. Addresses are parsed as literals only (never
 * resolved), and IPv6 clients are keyed by their /64, the block one host or household usually holds.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    public static TrustedProxies parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : entries) {
            String value = entry.trim();
            if (!value.isEmpty()) {
                ranges.add(Range.parse(value));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean trusts(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusts(bytes);
    }

    private boolean trusts(byte[] address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The client's address as the budget key: the peer's, or, when the peer is a trusted proxy, the nearest untrusted
     * address in {@code X-Forwarded-For} (all the header's lines, in order). When every listed address is a trusted
     * proxy, the leftmost; when an entry is not an address, the proxy that reported it.
     */
    public String clientAddress(String peer, List<String> forwardedFor) {
        byte[] current = literal(peer);
        if (current == null) {
            return peer == null ? "unknown" : peer;
        }
        if (!ranges.isEmpty() && trusts(current) && forwardedFor != null && !forwardedFor.isEmpty()) {
            List<String> hops = new ArrayList<>();
            for (String line : forwardedFor) {
                for (String hop : line.split(",")) {
                    if (!hop.isBlank()) {
                        hops.add(hop.trim());
                    }
                }
            }
            for (int i = hops.size() - 1; i >= 0; i--) {
                byte[] hop = literal(stripPort(hops.get(i)));
                if (hop == null) {
                    break; // garbage from the client's side of a trusted proxy: the proxy is what we know
                }
                current = hop;
                if (!trusts(hop)) {
                    break;
                }
            }
        }
        return key(current);
    }

    @Override
    public String toString() {
        if (ranges.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (Range range : ranges) {
            text.append(text.isEmpty() ? "" : ", ").append(NetUtil.bytesToIpAddress(range.network())).append('/')
                    .append(range.bits());
        }
        return text.toString();
    }

    /** IPv4 as is; IPv6 by its /64 prefix. */
    static String key(byte[] address) {
        if (address.length == 4) {
            return NetUtil.bytesToIpAddress(address);
        }
        byte[] prefix = Arrays.copyOf(address, 16);
        Arrays.fill(prefix, 8, 16, (byte) 0);
        return NetUtil.bytesToIpAddress(prefix) + "/64";
    }

    /** The address's bytes (an IPv4-mapped IPv6 address as IPv4), or null when it is not an address literal. */
    static byte[] literal(String address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        String value = address;
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        int zone = value.indexOf('%');
        if (zone > 0) {
            value = value.substring(0, zone);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(value);
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        return bytes;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }

    /** {@code 203.0.113.7:5123} and {@code [2001:db8::1]:443}, as some proxies write them, to the bare address. */
    static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close > 0 ? hop.substring(1, close) : hop;
        }
        int colon = hop.indexOf(':');
        if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
            return hop.substring(0, colon);
        }
        return hop;
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            byte[] address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("claims.ratelimit.trusted-proxies: '" + cidr
                        + "' is not an IP address or CIDR range (host names are not resolved)");
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(cidr.substring(slash + 1).trim());
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("claims.ratelimit.trusted-proxies: bad prefix length in '"
                            + cidr + "'");
                }
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
