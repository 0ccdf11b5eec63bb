package io.newsflow.enrich.keywords;

import io.newsflow.enrich.nlp.Extraction;
import io.newsflow.enrich.nlp.KeywordExtractor;
import io.newsflow.enrich.nlp.Segmenter;
import io.newsflow.enrich.nlp.Token;
import io.newsflow.model.ArticleIngested;
import java.util.List;
import org.springframework.stereotype.Component;

/** Picks the keyword extractor by language; both weigh terms against the same live corpus statistics. */
@Component
public class ArticleKeywords {

    private final KeywordExtractor chinese;
    private final EnglishKeywordExtractor english;

    public ArticleKeywords(Segmenter segmenter, CorpusStatistics corpus) {
        this.chinese = new KeywordExtractor(segmenter, corpus);
        this.english = new EnglishKeywordExtractor(corpus);
    }

    public Extraction extract(ArticleIngested article, List<Token> titleTokens, List<Token> bodyTokens) {
        String body = article.body().text();
        return isEnglish(article) ? english.extract(article.title(), body)
                : chinese.extract(article.title(), titleTokens, body, bodyTokens);
    }

    /** English when the article says so, or, without a language, when Latin letters outweigh Han characters. */
    public static boolean isEnglish(ArticleIngested article) {
        String language = article.language() == null ? "" : article.language().toLowerCase();
        if (language.startsWith("en")) {
            return true;
        }
        if (language.startsWith("zh")) {
            return false;
        }
        String text = article.title() + " " + article.body().text();
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> c < 0x250 && Character.isLetter(c)).count();
        // A Han character carries about as much as a short English word.
        return latin > 3 * han;
    }
}
