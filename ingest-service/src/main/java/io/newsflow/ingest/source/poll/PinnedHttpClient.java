package io.newsflow.ingest.source.poll;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of {@link HttpFetcher}: it connects only to the address each request's target names, which the
 * fetcher checked, and leaves redirects, retries and cookies to the fetcher or to nobody, so that no hop escapes
 * the check. The JDK's client cannot be told which address to use, hence this one.
 */
final class PinnedHttpClient {

    private static final String USER_AGENT = "newsflow-ingest/0.1 (+https://newsflow.io)";

    /** Every request names its checked address; a lookup here would be one that nobody checked. */
    private static final DnsResolver NO_LOOKUPS = new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException(host + ": ingest connects only to addresses it has checked");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            return resolve(host)[0].getCanonicalHostName();
        }
    };

    private PinnedHttpClient() {
    }

    /** @param httpTimeout bounds connecting and each wait for data */
    static CloseableHttpClient create(Duration httpTimeout) {
        Timeout timeout = Timeout.of(httpTimeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setDnsResolver(NO_LOOKUPS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .setUserAgent(USER_AGENT).build();
    }
}
