package io.newsflow.enrich.nlp;

/** How many articles of the live corpus contain a term: the foreground half of the keyword IDF. */
public interface DocumentFrequencies {

    /** No corpus yet: keywords fall back to the background dictionary alone. */
    DocumentFrequencies NONE = new DocumentFrequencies() {
        @Override
        public long documents() {
            return 0;
        }

        @Override
        public long frequency(String term) {
            return 0;
        }
    };

    long documents();

    long frequency(String term);
}
