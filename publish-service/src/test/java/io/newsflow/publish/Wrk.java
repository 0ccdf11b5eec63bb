package io.newsflow.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (Debian package) against one URL and reads requests/s and latency percentiles from its report. */
final class Wrk {

    private Wrk() {
    }

    /** Requests per second and latency percentiles in milliseconds. */
    record Result(double requestsPerSecond, double p50, double p99) {
    }

    static Result run(String url, String duration, int connections, List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency"));
        command.addAll(options);
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        Matcher rate = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        if (!rate.find() || output.contains("Non-2xx or 3xx responses")) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        return new Result(Double.parseDouble(rate.group(1)), percentile(output, "50%"), percentile(output, "99%"));
    }

    /** A wrk script that makes every request's URL unique, so no two requests share a rendered feed. */
    static Path uniqueQueryScript(String parameter) throws Exception {
        Path script = Files.createTempFile("wrk-unique-", ".lua");
        Files.writeString(script, """
                local threads = 0
                function setup(thread)
                  thread:set("id", threads)
                  threads = threads + 1
                end
                local n = 0
                function request()
                  n = n + 1
                  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
                  return wrk.format(nil, wrk.path .. separator .. "%s=zz" .. id .. "x" .. n)
                end
                """.formatted(parameter));
        return script;
    }

    static String loadAverage() throws Exception {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static double percentile(String output, String label) {
        Matcher matcher = Pattern.compile(Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s)").matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + label + " latency in wrk output:\n" + output);
        }
        double value = Double.parseDouble(matcher.group(1));
        return switch (matcher.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
