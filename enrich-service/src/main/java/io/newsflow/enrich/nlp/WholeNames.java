package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins what HanLP's name recognizer leaves in pieces: a two-character person name and the one character its
 * lattice cut off (赵丽 + 颖 is 赵丽颖).
 */
final class WholeNames {

    /** Tags of a lone character that can end a name; function words, verbs and numbers cannot. */
    private static final Set<String> NAME_ENDS = Set.of("nz", "ng", "n", "b", "ag", "Rg", "g", "nr", "nrf");

    private WholeNames() {
    }

    static List<Token> join(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && isCutName(token, next)) {
                joined.add(new Token(token.word() + next.word(), token.pos()));
                i++;
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    private static boolean isCutName(Token name, Token next) {
        return name.isPerson() && name.word().length() == 2 && next.word().length() == 1
                && Character.isIdeographic(next.word().charAt(0)) && NAME_ENDS.contains(next.pos());
    }
}
