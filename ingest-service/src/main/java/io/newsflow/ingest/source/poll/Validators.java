package io.newsflow.ingest.source.poll;

/** ETag and Last-Modified of a listing, stored as its fingerprint and sent back on the next conditional GET. */
record Validators(String etag, String lastModified) {

    static final Validators NONE = new Validators(null, null);

    private static final String SEPARATOR = "\n";

    String encode() {
        return (etag == null ? "" : etag) + SEPARATOR + (lastModified == null ? "" : lastModified);
    }

    static Validators decode(String fingerprint) {
        int at = fingerprint.indexOf(SEPARATOR);
        if (at < 0) {
            return NONE;
        }
        return new Validators(blankToNull(fingerprint.substring(0, at)), blankToNull(fingerprint.substring(at + 1)));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
