package io.newsflow.pipeline;

import io.newsflow.pipeline.Barrage.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Judges every answer by the API's contract: never 5xx, every error RFC 9457 problem+json, every acceptance
 * with an id, batches with one result per line. Collects what was accepted and a table of what was seen.
 */
final class Verdicts {

    final List<String> violations = new ArrayList<>();
    /** Kind of violation (where and which rule) → how often, for the report. */
    final Map<String, Integer> violationKinds = new TreeMap<>();
    final Set<String> acceptedIds = new LinkedHashSet<>();
    /** Category → status → count; batch lines count under "line 202" and so on. */
    final Map<String, Map<String, Integer>> table = new TreeMap<>();

    void judge(Answer answer) {
        BadInput input = answer.input();
        count(input.category(), Integer.toString(answer.status()));
        String where = "#" + input.index() + " " + input.category() + " " + input.method() + " " + input.path()
                + " " + input.headers().getOrDefault("Content-Type", "(no Content-Type)") + " → " + answer.status();
        if (answer.status() < 0 || answer.status() >= 500) {
            require(false, where, ScriptProbe.abbreviate(answer.body()));
            return;
        }
        if (answer.status() >= 400) {
            problem(answer, where);
        }
        switch (input.expect()) {
            case REJECTED -> require(answer.status() >= 400, where, "expected a 4xx rejection");
            case TOO_LARGE -> require(answer.status() == 413, where, "expected 413 Content Too Large");
            case ACCEPTED -> require(answer.status() == 202 || answer.status() == 200, where, "expected acceptance");
            case BATCH -> batch(answer, where);
            case ANY -> { }
        }
        if ((answer.status() == 202 || answer.status() == 200) && input.expect() != BadInput.Expect.BATCH
                && !input.path().equals(BadInputs.BATCH)) {
            String id = json(answer.body()).path("id").asString("");
            require(!id.isBlank(), where, "an accepted input needs an id: " + answer.body());
            acceptedIds.add(id);
        }
    }

    private void problem(Answer answer, String where) {
        require(answer.contentType().startsWith("application/problem+json"), where,
                "Content-Type " + answer.contentType() + " instead of application/problem+json: "
                        + ScriptProbe.abbreviate(answer.body()));
        JsonNode problem = json(answer.body());
        require(problem.path("type").isString() && problem.path("title").isString()
                && problem.path("status").asInt() == answer.status(), where,
                "problem without type, title and matching status: " + ScriptProbe.abbreviate(answer.body()));
    }

    private void batch(Answer answer, String where) {
        if (!require(answer.status() == 200, where, "expected 200 with a result per line")) {
            return;
        }
        String[] results = answer.body().isEmpty() ? new String[0] : answer.body().split("\n");
        List<Boolean> expected = answer.input().lines();
        if (!require(results.length == expected.size(), where,
                results.length + " result lines for " + expected.size() + " input lines")) {
            return;
        }
        for (int i = 0; i < results.length; i++) {
            JsonNode line = json(results[i]);
            int status = line.path("status").asInt();
            count(answer.input().category(), "line " + status);
            if (expected.get(i)) {
                require((status == 202 || status == 200) && !line.path("id").asString("").isBlank(), where,
                        "line " + (i + 1) + " should be accepted: " + results[i]);
                acceptedIds.add(line.path("id").asString(""));
            } else {
                require((status == 400 || status == 422) && !line.path("reason").asString("").isBlank(), where,
                        "line " + (i + 1) + " should be rejected with a reason: " + results[i]);
            }
        }
    }

    private boolean require(boolean condition, String where, String message) {
        if (!condition) {
            violations.add(where + ": " + message);
            violationKinds.merge(where.substring(where.indexOf(' ') + 1) + ": "
                    + message.substring(0, Math.min(40, message.length())), 1, Integer::sum);
        }
        return condition;
    }

    private void count(String category, String status) {
        table.computeIfAbsent(category, c -> new TreeMap<>()).merge(status, 1, Integer::sum);
    }

    private static JsonNode json(String body) {
        try {
            return Http.json(body);
        } catch (JacksonException e) {
            return Http.json("{}");
        }
    }
}
