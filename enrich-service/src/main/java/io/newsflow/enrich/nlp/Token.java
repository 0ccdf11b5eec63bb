package io.newsflow.enrich.nlp;

/** A segmented word with its HanLP part-of-speech tag (n, nr, ns, nt, v, ...). */
public record Token(String word, String pos) {

    boolean isNoun() {
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("gi") || pos.equals("phrase");
    }

    boolean isPerson() {
        return pos.startsWith("nr");
    }

    boolean isPlace() {
        return pos.startsWith("ns");
    }

    boolean isOrganisation() {
        return pos.startsWith("nt");
    }
}
