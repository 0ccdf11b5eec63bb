package io.newsflow.enrich.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins letters and digits written together (DOTA2, X21, FX-8300) into one model name: HanLP cuts them wherever the
 * script changes, which leaves a lone letter and a number, neither of them a keyword.
 */
final class ModelNames {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]*");
    /**
     * Letters, then a number, then at most a suffix (X21, GTX1050, i5-8300H is two). A number first (2.5T, 5L, 15k)
     * is a quantity with its unit; letters again after the number (LOL2018MSI) are a new name.
     */
    private static final Pattern MODEL = Pattern.compile("[A-Za-z]+[-.]?\\d+(\\.\\d+)?[A-Za-z]{0,2}");

    private ModelNames() {
    }

    /** Parts with a {@link WordBreaks#BREAK} between them stay apart. */
    static List<Token> join(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = i + 1;
            String word = tokens.get(i).word();
            if (PART.matcher(word).matches()) {
                while (end < tokens.size() && PART.matcher(tokens.get(end).word()).matches()) {
                    word += tokens.get(end).word();
                    end++;
                }
            }
            boolean model = end > i + 1 && MODEL.matcher(word).matches();
            if (model) {
                joined.add(new Token(word, "nx"));
            } else {
                joined.addAll(tokens.subList(i, end));
            }
            i = end;
        }
        return joined;
    }
}
