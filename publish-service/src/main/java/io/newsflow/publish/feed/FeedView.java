package io.newsflow.publish.feed;

import java.time.Instant;
import java.util.List;

/** A feed ready to render: feed-level metadata and its entries. {@code nextUrl} is null on the last page. */
record FeedView(String title, String homeUrl, String selfUrl, String hubUrl, String nextUrl, String language, Instant updated,
        List<FeedEntry> entries) {
}
