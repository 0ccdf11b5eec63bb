package io.newsflow.publish.partner;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param requireKey when false (the default) feeds are public and a key only identifies a partner
 * @param keys partners as {@code name:key:requestsPerMinute}, separated by commas (NEWSFLOW_PARTNER_KEYS)
 */
@ConfigurationProperties("newsflow.publish.partners")
record PartnerProperties(boolean requireKey, String keys) {

    List<Partner> partners() {
        List<Partner> partners = new ArrayList<>();
        if (keys == null || keys.isBlank()) {
            return partners;
        }
        for (String entry : keys.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("partner entry '" + entry + "' is not name:key:requestsPerMinute");
            }
            partners.add(new Partner(parts[0], parts[1], Integer.parseInt(parts[2])));
        }
        return partners;
    }

    /** One partner site and how many feed requests per minute it may make. */
    record Partner(String name, String key, int requestsPerMinute) {
    }
}
