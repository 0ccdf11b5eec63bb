package io.newsflow.enrich.nlp;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the spaces segmentation drops, as a token of their own: a headline separates its phrases with spaces
 * (苏青亮相北京 网友:...), and words on either side of one are not one compound, model or name.
 */
final class WordBreaks {

    static final Token BREAK = new Token(" ", "w");

    private WordBreaks() {
    }

    static List<Token> restore(List<Token> tokens, String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text);
        List<Token> restored = new ArrayList<>(tokens.size() + 8);
        int cursor = 0;
        for (Token token : tokens) {
            int at = simplified.indexOf(token.word(), cursor);
            if (at < 0) {
                restored.add(token);
                continue;
            }
            if (!restored.isEmpty() && spaced(simplified, cursor, at)) {
                restored.add(BREAK);
            }
            restored.add(token);
            cursor = at + token.word().length();
        }
        return restored;
    }

    private static boolean spaced(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
