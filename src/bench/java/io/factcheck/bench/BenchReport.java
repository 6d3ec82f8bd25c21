package io.factcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns run.sh's measurements (points.jsonl: one JSON line per wrk point, fixed-rate run and fan-out; jmh.json) into
 * target/bench/results.md and results.json, and prints the Markdown. Exits 2 when any request failed (non-2xx or a
 * socket error), so the run fails instead of reporting a rate of error pages, and 3 when a median ratio misses its
 * target.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("claim", "GET /claims/{id}");
        NAMES.put("article", "GET /articles/{id}?include=claims");
        NAMES.put("search", "GET /claims?q=…&limit=20");
        NAMES.put("gate", "GET /articles/{id}/gate");
        NAMES.put("check", "POST /check (5 KB)");
        NAMES.put("review", "POST /claims/{id}/reviews");
        NAMES.put("similar", "GET /claims/similar?text=…&limit=10");
        NAMES.put("static", "GET /static (reference only)");
    }

    private record Point(String kind, int pass, String target, String endpoint, int concurrency, JsonNode result,
            int exitCode) {
    }

    public static void main(String[] argv) throws IOException {
        Map<String, String> args = BenchArgs.parse(argv);
        Path dir = Path.of(args.getOrDefault("dir", "target/bench"));
        List<Point> points = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("points.jsonl"))) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                points.add(new Point(n.path("kind").asText(), n.path("pass").asInt(1), n.path("target").asText(),
                        n.path("endpoint").asText(), n.path("concurrency").asInt(), n.path("result"),
                        n.path("exitCode").asInt()));
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        // JMH, the checker alone: jmh-1.json (one thread) and jmh-<cores>.json (one thread per core)
        Map<Integer, double[]> jmh = new java.util.TreeMap<>();
        for (int threads : new int[] { 1, cores }) {
            Path jmhFile = dir.resolve("jmh-" + threads + ".json");
            if (Files.exists(jmhFile)) {
                JsonNode metric = JSON.readTree(jmhFile.toFile()).path(0).path("primaryMetric");
                jmh.put(threads, new double[] { metric.path("score").asDouble(), metric.path("scoreError").asDouble() });
            }
        }
        Map<String, Double> targets = new LinkedHashMap<>();
        for (String t : args.getOrDefault("targets", "").trim().split("\\s+")) {
            if (t.contains("=")) {
                targets.put(t.substring(0, t.indexOf('=')), Double.parseDouble(t.substring(t.indexOf('=') + 1)));
            }
        }

        ObjectNode json = JSON.createObjectNode();
        StringBuilder md = new StringBuilder();
        String date = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        md.append("# claims-api benchmark, ").append(date).append("\n\n");
        json.put("date", date);
        ObjectNode machine = json.putObject("machine");
        machine.put("cores", cores).put("cpu", cpuModel()).put("kernel", read("/proc/sys/kernel/osrelease"))
                .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .put("loadAverageBefore", args.getOrDefault("load-before", "unknown"))
                .put("loadAverageAfter", args.getOrDefault("load-after", read("/proc/loadavg")));
        md.append(String.format("Machine: %d cores, %s, Linux %s, %s; load average (1, 5, 15 min) before the run: %s, "
                + "after: %s%n%n", cores, machine.get("cpu").asText(), machine.get("kernel").asText(),
                machine.get("java").asText(), machine.get("loadAverageBefore").asText(),
                machine.get("loadAverageAfter").asText()));
        Path dataset = dir.resolve("ids/complete");
        if (Files.exists(dataset)) {
            json.set("dataset", JSON.readTree(dataset.toFile()));
            JsonNode d = json.get("dataset");
            boolean copied = d.path("loader").asText("api").equals("copy");
            md.append(String.format("Dataset: %,d articles, %,d claims, %,d reviews, %d search terms (loaded %s in "
                            + "%.0f s, seed %d; database %s); reads as %s%n%n", d.path("articles").asInt(),
                    d.path("claims").asInt(), d.path("reviews").asInt(), d.path("queries").asInt(),
                    copied ? "with COPY (BulkDataset)" : "through the API", d.path("seconds").asDouble(),
                    d.path("seed").asLong(), args.getOrDefault("data-size", "?"),
                    args.getOrDefault("reads", "desk").equals("public") ? "the public (anonymous)"
                            : "the desk (the bench key)"));
        }
        json.put("reads", args.getOrDefault("reads", "desk")).put("dataSize", args.getOrDefault("data-size", "?"));
        String reference = args.getOrDefault("reference", "unavailable");
        md.append(String.format("wrk: %s s per point, concurrency %s; fixed-rate latency at %s of the best wrk rate; "
                        + "reference server: %s%n%n", args.get("seconds"), args.get("concurrency"),
                args.get("fixed-rate"), reference));
        jmh.forEach((threads, score) -> {
            md.append(String.format(Locale.ROOT, "Checker alone (JMH, same article, shipped knowledge, %d thread(s)): "
                    + "%,.0f ± %,.0f checks/s%n%n", threads, score[0], score[1]));
            json.putObject("jmh" + threads).put("threads", threads).put("score", score[0]).put("scoreError", score[1]);
        });
        int passes = points.stream().filter(p -> p.kind().equals("wrk")).mapToInt(Point::pass).max().orElse(0);
        md.append(String.format("Throughput: the median of %d pass(es), service and reference alternating; in brackets "
                + "the lowest and highest pass. The ratio is the median of the passes' ratios.%n%n", passes));

        boolean failed = false;
        boolean missed = false;
        // The service's p99 at full load too: similar has a latency target (p99 < 100 ms) and no reference to compare.
        md.append("| endpoint | conc. | service req/s | reference req/s | ratio | target | met? | errors (svc/ref) "
                + "| service p99 ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---|---:|\n");
        ArrayNode rows = json.putArray("throughput");
        for (String endpoint : NAMES.keySet()) {
            boolean staticRow = endpoint.equals("static");
            List<Integer> concurrencies = points.stream()
                    .filter(p -> p.kind().equals("wrk") && p.endpoint().equals(endpoint)).map(Point::concurrency)
                    .distinct().sorted().toList();
            for (int c : concurrencies) {
                List<Point> svc = staticRow ? List.of() : wrk(points, "service", endpoint, c);
                List<Point> ref = wrk(points, "reference", endpoint, c);
                if (!staticRow && svc.isEmpty()) {
                    continue;
                }
                Double svcRps = median(svc.stream().map(p -> p.result().path("rps").asDouble()).toList());
                Double refRps = median(ref.stream().map(p -> p.result().path("rps").asDouble()).toList());
                String refNote = "";
                if (endpoint.equals("check") && ref.isEmpty() && jmh.containsKey(cores)) {
                    refRps = jmh.get(cores)[0]; // no reference server: the checker alone, an unfair ceiling
                    refNote = " (JMH)";
                }
                List<Double> ratios = new ArrayList<>();
                for (Point s : svc) {
                    ref.stream().filter(r -> r.pass() == s.pass()).findFirst().ifPresent(r -> ratios.add(
                            s.result().path("rps").asDouble() / r.result().path("rps").asDouble()));
                }
                if (ratios.isEmpty() && svcRps != null && refRps != null && refRps > 0) {
                    ratios.add(svcRps / refRps);
                }
                Double ratio = median(ratios);
                Double target = staticRow ? null : targets.get(endpoint);
                String met = ratio == null || target == null ? "–" : ratio >= target ? "yes" : "**no**";
                missed |= ratio != null && target != null && ratio < target;
                long svcErrors = svc.stream().mapToLong(p -> errors(p.result())).sum();
                long refErrors = ref.stream().mapToLong(p -> errors(p.result())).sum();
                failed |= svcErrors > 0 || refErrors > 0;
                List<Double> svcP99s = svc.stream().map(p -> p.result().path("latencyUs").path("p99").asDouble() / 1000)
                        .toList();
                md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", NAMES.get(endpoint),
                        c, spread(svcRps, svc.stream().map(p -> p.result().path("rps").asDouble()).toList(), "%,.0f"),
                        spread(refRps, ref.stream().map(p -> p.result().path("rps").asDouble()).toList(), "%,.0f")
                                + refNote,
                        spread(ratio, ratios, "%.2f"),
                        target == null ? "–" : String.format(Locale.ROOT, "≥ %.2f", target), met,
                        (staticRow ? "–" : errorText(svc)) + " / " + (ref.isEmpty() ? "–" : errorText(ref)),
                        staticRow ? "–" : spread(median(svcP99s), svcP99s, "%.1f")));
                ObjectNode row = rows.addObject().put("endpoint", endpoint).put("concurrency", c);
                row.put("serviceRps", svcRps).put("referenceRps", refRps).put("ratio", ratio).put("target", target)
                        .put("met", ratio != null && target != null ? ratio >= target : null);
                ArrayNode ratioPasses = row.putArray("ratios");
                ratios.forEach(ratioPasses::add);
                ArrayNode raw = row.putArray("passes");
                svc.forEach(p -> raw.addObject().put("target", "service").put("pass", p.pass()).set("wrk", p.result()));
                ref.forEach(p -> raw.addObject().put("target", "reference").put("pass", p.pass()).set("wrk", p.result()));
            }
        }

        md.append("\nLatency at a fixed rate (client wrk-paced: wrk, each connection waiting between requests, timed from "
                + "each request's write; open: FixedRateLoad, open loop, timed from each request's intended send time):\n\n");
        md.append("| endpoint | target | client | rate req/s | achieved | p50 ms | p99 ms | max ms | non-2xx | errors |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        ArrayNode latency = json.putArray("latency");
        for (String endpoint : NAMES.keySet()) {
            for (Point p : points) {
                if (p.kind().equals("fixed") && p.endpoint().equals(endpoint)) {
                    JsonNode r = p.result();
                    failed |= r.path("non2xx").asLong() > 0 || r.path("errors").asLong() > 0;
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.0f | %.0f | %.2f | %.2f | %.1f | %d | %d |%n",
                            NAMES.get(endpoint), p.target(), r.path("client").asText("open"), r.path("targetRate").asDouble(),
                            r.path("achievedRate").asDouble(), r.path("p50Ms").asDouble(), r.path("p99Ms").asDouble(),
                            r.path("maxMs").asDouble(), r.path("non2xx").asLong(), r.path("errors").asLong()));
                    latency.addObject().put("endpoint", endpoint).put("target", p.target()).set("result", r);
                }
            }
        }

        // The first fan-out is the judged one (p99 < 100 ms); later ones are stress points, judged on loss only.
        boolean header = false;
        var fanouts = json.putArray("fanout");
        for (Point p : points) {
            if (p.kind().equals("fanout")) {
                JsonNode r = p.result();
                fanouts.addObject().put("exitCode", p.exitCode()).set("result", r);
                if (!header) {
                    header = true;
                    md.append(String.format("%nSSE fan-out (one subscriber per connection, reviews posted at a steady "
                            + "rate, latency from each review's 201 to the event's arrival; the first row is judged "
                            + "against p99 < 100 ms, a stress row only on loss):%n%n"
                            + "| changes/s | subscribers | events received | lost | duplicates | p50 ms | p99 ms | max ms "
                            + "| p99 limit ms | exit |%n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
                }
                double interval = r.path("intervalMs").asDouble(0);
                md.append(String.format(Locale.ROOT, "| %s | %s | %s of %s | %s | %s | %s | %s | %s | %s | %d |%n",
                        interval > 0 ? String.format(Locale.ROOT, "%.0f", 1000 / interval) : "?",
                        r.path("subscribers").asText("?"), r.path("received").asText("?"),
                        r.path("expected").asText("?"), r.path("lost").asText("?"), r.path("duplicates").asText("?"),
                        r.path("p50Ms").asText("?"), r.path("p99Ms").asText("?"), r.path("maxMs").asText("?"),
                        r.path("p99LimitMs").asText("?"), p.exitCode()));
            }
        }

        long rssKb = Long.parseLong(args.getOrDefault("rss-kb", "0"));
        long hwmKb = Long.parseLong(args.getOrDefault("hwm-kb", "0"));
        int blocked = Integer.parseInt(args.getOrDefault("blocked", "0"));
        md.append(String.format(Locale.ROOT, "%nService memory after the run: RSS %.0f MiB (peak %.0f MiB), target < 512 "
                        + "MiB: %s; JVM flags: `%s`%n", rssKb / 1024.0, hwmKb / 1024.0,
                rssKb < 512 * 1024 ? "met" : "**not met**", args.getOrDefault("heap", "")));
        md.append(String.format("%nBlocked event loops (Vert.x warnings in the service log): %s%n",
                blocked == 0 ? "none" : "**" + blocked + " warnings: FAILED**"));
        json.putObject("memory").put("rssKb", rssKb).put("hwmKb", hwmKb).put("jvmFlags", args.get("heap"))
                .put("met", rssKb < 512 * 1024);
        json.put("blockedThreadWarnings", blocked).put("reference", reference).put("requestsFailed", failed)
                .put("targetMissed", missed);
        if (failed) {
            md.append("\n**Some requests failed** (non-2xx or socket errors): the rates above include them.\n");
        }

        if (missed) {
            md.append("\n**A target was missed** (see met?): the run exits 3.\n");
        }
        Files.writeString(dir.resolve("results.md"), md.toString());
        Files.writeString(dir.resolve("results.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        System.out.print(md);
        System.exit(failed ? 2 : missed ? 3 : 0);
    }

    private static List<Point> wrk(List<Point> points, String target, String endpoint, int concurrency) {
        return points.stream().filter(p -> p.kind().equals("wrk") && p.target().equals(target)
                && p.endpoint().equals(endpoint) && p.concurrency() == concurrency).toList();
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "1,234 (1,100–1,300)"; a single value alone; "–" for none. */
    private static String spread(Double median, List<Double> values, String format) {
        if (median == null) {
            return "–";
        }
        String text = String.format(Locale.ROOT, format, median);
        if (values.size() < 2) {
            return text;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return text + " (" + String.format(Locale.ROOT, format, min) + "–" + String.format(Locale.ROOT, format, max)
                + ")";
    }

    private static long errors(JsonNode wrk) {
        if (wrk == null) {
            return 0;
        }
        long n = 0;
        for (JsonNode e : wrk.path("errors")) {
            n += e.asLong();
        }
        return n;
    }

    /** "0", or e.g. "12 (status 10, timeout 2)", summed over the passes. */
    private static String errorText(List<Point> passes) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        passes.forEach(p -> p.result().path("errors").fields()
                .forEachRemaining(e -> byKind.merge(e.getKey(), e.getValue().asLong(), Long::sum)));
        long total = byKind.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return "0";
        }
        StringBuilder s = new StringBuilder().append(total).append(" (");
        byKind.forEach((kind, n) -> {
            if (n > 0) {
                s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(kind).append(' ').append(n);
            }
        });
        return s.append(')').toString();
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown CPU";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
