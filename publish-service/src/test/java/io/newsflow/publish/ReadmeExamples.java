package io.newsflow.publish;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sh} blocks of one README section, each named by the {@code <!-- example: name -->} line above it, run
 * with bash (errors, unset variables and failed pipes stop a block) in a working folder of the test's.
 */
final class ReadmeExamples {

    private static final Pattern NAME = Pattern.compile("<!-- example: (\\S+) -->");
    private static final long TIMEOUT_SECONDS = 30;

    /** What a block printed and how it ended. */
    record Result(int exit, String out, String err) {
    }

    /** A block that keeps running (a stream), with the lines it printed so far. */
    record Running(Process process, List<String> lines) implements AutoCloseable {

        @Override
        public void close() {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    private final Map<String, String> blocks;
    private final Path folder;

    private ReadmeExamples(Map<String, String> blocks, Path folder) {
        this.blocks = blocks;
        this.folder = folder;
    }

    /** Every {@code sh} block between the heading and the next heading of its level must be named. */
    static ReadmeExamples of(Path readme, String heading, Path folder) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf(heading);
        if (start < 0) {
            throw new IllegalStateException(readme + " has no line '" + heading + "'");
        }
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        Map<String, String> blocks = new LinkedHashMap<>();
        String name = null;
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith(level); i++) {
            Matcher named = NAME.matcher(lines.get(i).strip());
            if (named.matches()) {
                name = named.group(1);
            } else if (lines.get(i).strip().equals("```sh")) {
                if (name == null) {
                    throw new IllegalStateException("the sh block at line " + (i + 1) + " has no <!-- example: -->");
                }
                StringBuilder script = new StringBuilder();
                for (i++; !lines.get(i).strip().equals("```"); i++) {
                    script.append(lines.get(i)).append('\n');
                }
                blocks.put(name, script.toString());
                name = null;
            }
        }
        return new ReadmeExamples(blocks, folder);
    }

    Set<String> names() {
        return blocks.keySet();
    }

    Result run(String name, Map<String, String> environment) throws IOException, InterruptedException {
        File out = folder.resolve(name + ".out").toFile();
        File err = folder.resolve(name + ".err").toFile();
        Process process = builder(name, environment).redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("example '" + name + "' still running after " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    Running follow(String name, Map<String, String> environment) throws IOException {
        Process process = builder(name, environment)
                .redirectError(folder.resolve(name + ".err").toFile()).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // the stream ends when the test closes it
            }
        }, "readme-" + name);
        reader.setDaemon(true);
        reader.start();
        return new Running(process, lines);
    }

    private ProcessBuilder builder(String name, Map<String, String> environment) {
        String script = blocks.get(name);
        if (script == null) {
            throw new AssertionError("the README has no example '" + name + "'; it has " + blocks.keySet());
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(folder.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return builder;
    }
}
