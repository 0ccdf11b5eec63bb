package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Two nouns written together (动画 + 电影, 外籍 + 人士) name one thing more precisely than either part, unless
 * each time a pair the text writes more often overlaps it: then it is where two names meet (决赛 + 点球 in
 * 足协杯决赛点球大战, beside 点球大战 and 足协杯决赛), not a term. Inside a recurring compound the parts are no
 * keywords of their own, so their counts go to it, as with quoted phrases; otherwise one name fills the list
 * three times and crowds out the terms that relate the article to others.
 */
final class Compounds {

    private final Predicate<String> candidate;
    private final UnaryOperator<String> merge;
    private final double titleBoost;
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, List<String>> parts = new HashMap<>();
    private final Map<String, Map<String, Integer>> neighbours = new HashMap<>();
    private final Map<String, Integer> alone = new HashMap<>();
    private final List<String[]> positions = new ArrayList<>();

    Compounds(Predicate<String> candidate, UnaryOperator<String> merge, double titleBoost) {
        this.candidate = candidate;
        this.merge = merge;
        this.titleBoost = titleBoost;
    }

    /** Adds the compounds that stand to {@code scores} and answers them. */
    Set<String> count(List<Token> titleTokens, List<Token> bodyTokens, Map<String, Double> scores) {
        Set<String> counted = new HashSet<>();
        collect(bodyTokens, 1.0);
        collect(titleTokens, titleBoost);
        Set<String> standing = standing();
        weights.forEach((compound, weight) -> {
            List<String> pair = parts.get(compound);
            // A generic head (人士, 工作, 国际) joins only a part written hardly ever without it: 外籍人士 is
            // one term, 外事工作 is 外事 at work.
            boolean fixed = candidate.test(pair.get(1)) || seen.get(compound) * 3 >= alone.get(pair.get(0)) * 2;
            // A pair that is mostly the middle of a longer name (精品城区 in 国际精品城区) is a fragment of it.
            int mostAround = neighbours.get(compound).values().stream().mapToInt(Integer::intValue).max().orElse(0);
            boolean fragment = seen.get(compound) >= 2 && mostAround * 3 >= seen.get(compound) * 2;
            if (standing.contains(compound) && fixed && !fragment) {
                scores.merge(compound, weight, Double::sum);
                counted.add(compound);
                // Written once, as in a headline, the pair may as well be two keywords: both stay.
                for (String part : seen.get(compound) >= 2 ? pair : List.<String>of()) {
                    scores.computeIfPresent(part, (t, score) -> score - weight > 0 ? score - weight : null);
                }
            }
        });
        return counted;
    }

    private void collect(List<Token> tokens, double weight) {
        String[] at = new String[tokens.size() + 1];
        positions.add(at);
        tokens.forEach(token -> alone.merge(merge.apply(token.word()), 1, Integer::sum));
        for (int i = 1; i < tokens.size(); i++) {
            Token first = tokens.get(i - 1);
            Token second = tokens.get(i);
            if (isCompound(first, second)) {
                String compound = first.word() + second.word();
                at[i] = compound;
                weights.merge(compound, weight, Double::sum);
                seen.merge(compound, 1, Integer::sum);
                parts.putIfAbsent(compound, List.of(merge.apply(first.word()), merge.apply(second.word())));
                Map<String, Integer> around = neighbours.computeIfAbsent(compound, c -> new HashMap<>());
                if (i >= 2 && tokens.get(i - 2).isNoun()) {
                    around.merge("<" + tokens.get(i - 2).word(), 1, Integer::sum);
                }
                if (i + 1 < tokens.size() && tokens.get(i + 1).isNoun()) {
                    around.merge(">" + tokens.get(i + 1).word(), 1, Integer::sum);
                }
            }
        }
    }

    /** Compounds written at least once where no overlapping pair is written more often. */
    private Set<String> standing() {
        Set<String> standing = new HashSet<>();
        for (String[] at : positions) {
            for (int i = 1; i < at.length - 1; i++) {
                int here = at[i] == null ? 0 : seen.get(at[i]);
                if (here > 0 && Math.max(seen.getOrDefault(at[i - 1], 0), seen.getOrDefault(at[i + 1], 0)) <= here) {
                    standing.add(at[i]);
                }
            }
        }
        return standing;
    }

    /** A one-character head (区块 + 链, 青年 + 杯) binds to a common noun, not to a name (虹桥 + 牌). */
    private boolean isCompound(Token first, Token second) {
        String compound = first.word() + second.word();
        boolean oneCharacterHead = second.word().length() == 1;
        return first.startsCompound() && second.endsCompound() && compound.length() >= 3 && compound.length() <= 6
                && candidate.test(first.word()) && candidate.test(compound)
                && (!oneCharacterHead || first.isCommonNoun());
    }
}
