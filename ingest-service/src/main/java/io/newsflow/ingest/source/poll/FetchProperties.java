package io.newsflow.ingest.source.poll;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a registered feed, sitemap or page may make ingest fetch. Anyone with the admin token names the URLs, and
 * a feed names its pages and redirects, so without these limits a source could read this service's own network.
 *
 * @param allowPrivateAddresses true only for tests or a closed network: loopback, private, link-local and the other
 *     non-public addresses may then be fetched
 * @param allowedAddresses non-public addresses that may be fetched all the same, each {@code address:port} (IPv6 in
 *     brackets) or a bare address for any port; IP addresses only, so that no name lookup decides it
 * @param maxRedirects redirects followed in one fetch; one more fails the fetch
 * @param totalTimeout one whole fetch, every redirect and the body included; {@code http-timeout} bounds connecting
 *     and each wait for data within it
 */
@ConfigurationProperties("newsflow.ingest.sources.fetch")
record FetchProperties(@DefaultValue("false") boolean allowPrivateAddresses, @DefaultValue List<String> allowedAddresses,
        @DefaultValue("5") int maxRedirects, @DefaultValue("PT30S") Duration totalTimeout) {

    FetchProperties {
        allowedAddresses = List.copyOf(allowedAddresses);
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("max-redirects must not be negative, not " + maxRedirects);
        }
    }
}
