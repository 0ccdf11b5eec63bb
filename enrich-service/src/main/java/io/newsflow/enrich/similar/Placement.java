package io.newsflow.enrich.similar;

import java.util.Map;

/**
 * Where a new article landed in the index.
 *
 * @param self its own duplicate and recommendation state
 * @param others older articles whose state it changed (new canonical copy, better recommendations), bounded
 */
public record Placement(Related self, Map<String, Related> others) {

    public Placement {
        others = Map.copyOf(others);
    }
}
