package io.newsflow.enrich.nlp;

/** A segmented word with its HanLP part-of-speech tag (n, nr, ns, nt, v, ...). */
public record Token(String word, String pos) {

    boolean isNoun() {
        return pos.startsWith("n") || pos.equals("vn") || pos.equals("gi") || pos.equals("phrase");
    }

    /** Verbs and adjectives, but not 是/有/来/去 style auxiliaries nor adverbial forms. */
    boolean isPredicate() {
        return pos.equals("v") || pos.equals("vi") || pos.equals("a") || pos.equals("an") || pos.equals("vd");
    }

    /** May start a compound: a noun, or a place or organisation that qualifies one (华为 + 手机, 汶川 + 地震). */
    boolean startsCompound() {
        return pos.equals("n") || pos.equals("nz") || pos.equals("vn") || pos.startsWith("ns") || pos.equals("nt");
    }

    /** May end a compound: a common noun, also a bound one-character noun (区块 + 链). */
    boolean endsCompound() {
        return pos.equals("n") || pos.equals("nz") || pos.equals("vn") || pos.equals("ng") || pos.equals("nis");
    }

    boolean isCommonNoun() {
        return pos.equals("n") || pos.equals("nz") || pos.equals("vn");
    }

    boolean isVerbalNoun() {
        return pos.equals("vn");
    }

    /** A person, place or organisation as the recognizers tag it, or a Latin-script name (ROM, C919). */
    boolean isName() {
        return isPerson() || isPlace() || isOrganisation() || pos.equals("nx");
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
