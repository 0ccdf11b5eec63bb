package io.newsflow.publish.feed;

/** Which articles a feed lists. */
enum FeedKind {
    LATEST("latest"), CATEGORY("categories"), KEYWORD("keywords"), SOURCE("sources"), RECOMMENDED("recommended");

    private final String segment;

    FeedKind(String segment) {
        this.segment = segment;
    }

    String segment() {
        return segment;
    }

    static FeedKind fromSegment(String segment) {
        for (FeedKind kind : values()) {
            if (kind.segment.equals(segment)) {
                return kind;
            }
        }
        throw new BadFeedRequestException("Unknown feed '" + segment
                + "': use latest, categories/{path}, keywords/{term}, sources/{source} or recommended/{articleId}.");
    }

    /** The feed's title as partner sites show it (最近更新 / 推荐资讯 are the boxes on portal pages). */
    String title(String value) {
        return switch (this) {
            case LATEST -> "最近更新";
            case CATEGORY -> "最近更新 · " + value.replace("/", " > ");
            case KEYWORD -> "最近更新 · " + value;
            case SOURCE -> "最近更新 · 来源:" + value;
            case RECOMMENDED -> "推荐资讯";
        };
    }
}
