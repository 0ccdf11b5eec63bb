package io.newsflow.enrich.keywords;

import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The form under which keywords are compared across articles: English keywords are reported as the article wrote
 * them ("chips", "Chipmaker"), so two articles match on the lower-case Porter stem; Chinese terms match as they are.
 */
public final class TermKey {

    private TermKey() {
    }

    public static String of(String term) {
        if (term.codePoints().anyMatch(c -> c >= 0x250) || term.chars().noneMatch(Character::isLetter)) {
            return term;
        }
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(term.toLowerCase());
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
