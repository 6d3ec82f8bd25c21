package io.factcheck.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} pairs (a flag without a value is "true"): enough for the bench tools, no CLI library. */
final class BenchArgs {

    private BenchArgs() {
    }

    static Map<String, String> parse(String[] argv) {
        Map<String, String> args = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name, got " + argv[i]);
            }
            String name = argv[i].substring(2);
            boolean hasValue = i + 1 < argv.length && !argv[i + 1].startsWith("--");
            args.put(name, hasValue ? argv[++i] : "true");
        }
        return args;
    }
}
