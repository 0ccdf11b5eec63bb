package io.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar bench/target/bench-exec.jar proof|faults [name=value ...]} from the repository root.
 * <ul>
 * <li>{@code proof}: end-to-end latency at steady rates and the highest sustainable rate, each beside the raw
 * Kafka and bare HanLP floors measured in the same run ({@code rates=10,50,100 seconds=30 burst=1000}).</li>
 * <li>{@code faults}: the fault drill ({@code articles=10000 rate=40 instances=1}; {@code instances=2} runs two of
 * every service and also compares their feeds byte for byte); exits 1 when the audit fails.</li>
 * </ul>
 * Common: {@code out=<folder>} for the report, {@code heap=512m} per service, {@code mongo=memory} (proof only) for
 * the Mongo-wire server in memory instead of on its H2 file. Each run keeps its data in {@code proof-data/} or
 * {@code faults-data/} under {@code out}, deleted by nothing: the services' logs are there.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("proof", "faults").contains(args[0])) {
            System.err.println("usage: bench proof|faults [name=value ...]");
            System.exit(2);
        }
        // Ctrl-C or SIGTERM: the services are child processes and would outlive this one
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy), "bench-stop"));
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        Path home = Path.of(System.getenv().getOrDefault("NEWSFLOW_HOME", "")).toAbsolutePath();
        Path out = Path.of(options.getOrDefault("out", "bench/results/" + Instant.now().toString().replace(':', '-')))
                .toAbsolutePath();
        Files.createDirectories(out);
        System.setProperty("bench.out", out.toString());
        System.setProperty("logback.configurationFile", "bench-logback.xml");
        String report;
        try {
            report = switch (args[0]) {
                case "proof" -> proof(home, out, options);
                default -> faults(home, out, options);
            };
        } catch (Exception | Error e) {
            // exit even when client or receiver threads are still alive, so `bench/run` does not hang on a failure
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Files.writeString(out.resolve(args[0] + ".md"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("written to " + out.resolve(args[0] + ".md"));
        System.exit(report.contains("| verdict | FAIL |") ? 1 : 0);
    }

    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format("%d cores, %.1f GiB memory, %s %s, Java %s, load average %.2f at the end",
                Runtime.getRuntime().availableProcessors(), memory / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String proof(Path home, Path out, Map<String, String> options) throws Exception {
        List<Integer> rates = Arrays.stream(options.getOrDefault("rates", "10,50,100").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int burst = Integer.parseInt(options.getOrDefault("burst", "1000"));
        int subscribers = Integer.parseInt(options.getOrDefault("subscribers", "1"));
        StepCosts steps = new StepCosts();
        Pages pages = Pages.fromCorpus(home, 42, "p" + System.currentTimeMillis() % 100000);
        List<EndToEnd.Result> results = new ArrayList<>();
        List<KafkaFloor.Result> kafka = new ArrayList<>();
        HanlpFloor.Result hanlp;
        say("starting the pipeline (broker, Mongo-wire server, ingest, enrich, publish), data in " + out.resolve("proof-data"));
        boolean mongoInMemory = "memory".equals(options.get("mongo"));
        try (Cluster cluster = Cluster.start(home, out.resolve("proof-data"), options.getOrDefault("heap", "512m"), mongoInMemory, 1);
                WebhookReceiver webhooks = new WebhookReceiver();
                FeedWatcher feed = new FeedWatcher(cluster.publishUrl(), Duration.ofMillis(10))) {
            for (int s = 0; s < subscribers; s++) {
                Subscriptions.subscribeAll(cluster.publishUrl(), cluster.adminToken(), webhooks.url() + "?s=" + s);
            }
            EndToEnd e2e = new EndToEnd(new Ingest(cluster.ingestUrl(), cluster.ingestToken()), pages, feed, webhooks,
                    subscribers);
            say("warm-up: 200 pages at 20/s");
            e2e.steady(20, Duration.ofSeconds(10), Duration.ofSeconds(120));
            for (int rate : rates) {
                say("steady " + rate + " pages/s for " + seconds + " s");
                results.add(steps.measure(cluster, () -> e2e.steady(rate, Duration.ofSeconds(seconds),
                        Duration.ofSeconds(60 + rate * seconds / 20L))));
                say("  " + results.get(results.size() - 1) + steps.last());
            }
            say(burst + " pages as fast as ingest takes them (16 clients)");
            EndToEnd.Result saturated = steps.measure(cluster,
                    () -> e2e.saturated(burst, 16, Duration.ofSeconds(120 + burst / 10L)));
            results.add(saturated);
            say("  " + saturated + steps.last());

            Pages floorPages = Pages.fromCorpus(home, 42, "floor");
            List<byte[]> payloads = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            int most = rates.stream().mapToInt(r -> r * seconds).max().orElse(1000);
            for (int n = 1; n <= Math.max(most, burst); n++) {
                Pages.Page page = floorPages.next(n);
                payloads.add(page.body());
                texts.add(page.text());
            }
            try (KafkaFloor floor = new KafkaFloor(cluster.bootstrapServers())) {
                floor.run(payloads.subList(0, Math.min(500, payloads.size())), 0);
                for (int rate : rates) {
                    say("raw Kafka floor at " + rate + "/s");
                    kafka.add(floor.run(payloads.subList(0, rate * seconds), rate));
                }
                say("raw Kafka floor, as fast as possible");
                kafka.add(floor.run(payloads.subList(0, burst), 0));
            }
            say("bare HanLP floor");
            hanlp = HanlpFloor.run(texts.subList(0, Math.min(texts.size(), 2000)));
        }
        return proofTable(rates, results, kafka, hanlp, seconds, burst, mongoInMemory)
                + costTable(results, steps.commands, subscribers) + cpuTable(results, steps.cpu, steps.records);
    }

    /**
     * What each step of the proof cost, per accepted article: MongoDB commands of each service, CPU milliseconds of
     * every process, and records enrich sent to the enriched topic; one entry per step, in order.
     */
    private static final class StepCosts {

        final List<Map<String, Double>> commands = new ArrayList<>();
        final List<Map<String, Double>> cpu = new ArrayList<>();
        final List<Double> records = new ArrayList<>();

        /** One step of the load: it waits for its articles, so it can be interrupted. */
        interface Step {
            EndToEnd.Result run() throws InterruptedException;
        }

        EndToEnd.Result measure(Cluster cluster, Step step) throws InterruptedException {
            Map<String, Double> commandsBefore = StoreCost.snapshot(cluster);
            Map<String, Duration> cpuBefore = cluster.cpuTimes();
            double recordsBefore = StoreCost.enrichedRecords(cluster);
            EndToEnd.Result result = step.run();
            cpu.add(CpuCost.per(cpuBefore, cluster.cpuTimes(), result.accepted()));
            records.add((StoreCost.enrichedRecords(cluster) - recordsBefore) / result.accepted());
            commands.add(StoreCost.per(commandsBefore, StoreCost.snapshot(cluster), result.accepted()));
            return result;
        }

        String last() {
            return ", MongoDB commands per article " + commands.get(commands.size() - 1) + ", CPU ms per article "
                    + cpu.get(cpu.size() - 1);
        }
    }

    /**
     * CPU milliseconds per accepted article of every process, for every step (a step ends when its last article
     * was pushed, so the backlog it left is counted in it).
     */
    private static String cpuTable(List<EndToEnd.Result> results, List<Map<String, Double>> cpu, List<Double> records) {
        StringBuilder t = new StringBuilder(String.format("%nCPU milliseconds per accepted article, by process (a"
                + " step lasts until its last article was pushed):%n%n| | "));
        results.forEach(r -> t.append(r.label()).append(" | "));
        t.append("\n|---|");
        results.forEach(r -> t.append("---|"));
        for (String process : cpu.get(0).keySet()) {
            t.append("\n| ").append(process).append(" | ");
            cpu.forEach(c -> t.append(String.format("%.1f", c.getOrDefault(process, Double.NaN))).append(" | "));
        }
        t.append("\n| records on the enriched topic per article (the article and its updates of older ones) | ");
        records.forEach(r -> t.append(String.format("%.2f", r)).append(" | "));
        return t.append('\n').toString();
    }

    /** MongoDB commands per article for each service (and per delivery for publish), for every step. */
    private static String costTable(List<EndToEnd.Result> results, List<Map<String, Double>> costs, int subscribers) {
        StringBuilder t = new StringBuilder(String.format("%nWebhook subscribers: %d (an article counts as pushed once"
                + " all of them got it). MongoDB commands (newsflow_mongodb_commands_total of each service) per"
                + " accepted article:%n%n| | ", subscribers));
        results.forEach(r -> t.append(r.label()).append(" | "));
        t.append("\n|---|");
        results.forEach(r -> t.append("---|"));
        for (String service : StoreCost.SERVICES) {
            t.append("\n| ").append(service).append(" | ");
            costs.forEach(c -> t.append(String.format("%.2f", c.get(service))).append(" | "));
        }
        t.append("\n| publish-service per delivery | ");
        costs.forEach(c -> t.append(String.format("%.3f", c.get("publish-service") / subscribers)).append(" | "));
        return t.append('\n').toString();
    }

    private static String proofTable(List<Integer> rates, List<EndToEnd.Result> results, List<KafkaFloor.Result> kafka,
            HanlpFloor.Result hanlp, int seconds, int burst, boolean mongoInMemory) {
        StringBuilder t = new StringBuilder();
        t.append("# newsflow end to end, beside its floors\n\n").append(machine()).append("\n\n");
        t.append(mongoInMemory ? "MongoDB-wire server in memory (`mongo=memory`).\n\n"
                : "MongoDB-wire server on its H2 file, as the local stack runs it.\n\n");
        t.append(String.format("Pages posted to ingest (`text/plain` portal dumps, ~%s), %d s per steady rate, then %d as fast as"
                + " 16 clients can post. Latency in ms as p50 / p95 / p99, measured from the POST until the article first"
                + " appears in `/feeds/latest.json` (polled every 10 ms; near-duplicates are folded into their original"
                + " there, so a few never appear) and until the webhook subscriber receives it.%n%n",
                "3-4 KB", seconds, burst));
        t.append("| | ");
        results.forEach(r -> t.append(r.label()).append(" | "));
        t.append("\n|---|");
        results.forEach(r -> t.append("---|"));
        t.append("\n| accepted / in feed / pushed | ");
        results.forEach(r -> t.append(r.accepted()).append(" / ").append(r.inFeed()).append(" / ").append(r.pushed()).append(" | "));
        t.append("\n| page → /feeds/latest | ");
        results.forEach(r -> t.append(r.toFeed().format()).append(" | "));
        t.append("\n| page → webhook received | ");
        results.forEach(r -> t.append(r.toWebhook().format()).append(" | "));
        t.append("\n| articles/s out of the pipeline (webhook arrivals) | ");
        results.forEach(r -> t.append(String.format("%.1f", r.throughputPerSecond())).append(" | "));
        t.append("\n| sustained (all pushed, latency not growing) | ");
        results.forEach(r -> t.append(Double.isNaN(r.offeredPerSecond()) ? "highest sustainable rate: "
                + String.format("%.1f/s", r.throughputPerSecond()) : r.sustained() ? "yes" : "no").append(" | "));
        t.append("\n| floor: raw Kafka produce → consume, same payloads | ");
        kafka.forEach(k -> t.append(k.latency().format()).append(" (").append(String.format("%.0f/s", k.perSecond())).append(") | "));
        t.append(String.format("%n| floor: bare HanLP segmentation + TextRank keywords, same pages | per article %s ms, %.0f articles/s on one thread |%n",
                hanlp.perArticle().format(), hanlp.perSecond()));
        return t.toString();
    }

    private static String faults(Path home, Path out, Map<String, String> options) throws Exception {
        int articles = Integer.parseInt(options.getOrDefault("articles", "10000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "40"));
        Pages pages = Pages.fromCorpus(home, 7, "f" + System.currentTimeMillis() % 100000);
        say("starting the pipeline, data in " + out.resolve("faults-data"));
        FaultDrill.Report report;
        int instances = Integer.parseInt(options.getOrDefault("instances", "1"));
        try (Cluster cluster = Cluster.start(home, out.resolve("faults-data"), options.getOrDefault("heap", "512m"), false,
                instances)) {
            report = new FaultDrill(cluster, pages, Bench::say).run(articles, rate,
                    Duration.ofSeconds(300 + articles / 10L));
        }
        return "# Fault drill: " + articles + " pages at " + rate + "/s, " + instances
                + " instance(s) of each service; kill -9 enrich, kill -9 publish, kill -9 the broker\n\n"
                + machine() + "\n\n| | |\n|---|---|\n" + report.format();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("expected name=value, got " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }
}
