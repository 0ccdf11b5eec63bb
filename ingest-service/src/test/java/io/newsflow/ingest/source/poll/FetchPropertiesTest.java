package io.newsflow.ingest.source.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** What a deployment gets from application.yml without setting anything: the ITs allow loopback, production not. */
class FetchPropertiesTest {

    @Test
    void refusesPrivateAddressesAndFollowsFiveRedirectsUnlessConfiguredOtherwise() throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        for (PropertySource<?> document : new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"))) {
            sources.addLast(document);
        }
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));

        FetchProperties fetch = binder.bind("newsflow.ingest.sources.fetch", FetchProperties.class).get();

        assertThat(fetch.allowPrivateAddresses()).isFalse();
        assertThat(fetch.allowedAddresses()).isEqualTo(List.of());
        assertThat(fetch.maxRedirects()).isEqualTo(5);
        assertThat(fetch.totalTimeout()).isEqualTo(Duration.ofSeconds(30));
    }
}
