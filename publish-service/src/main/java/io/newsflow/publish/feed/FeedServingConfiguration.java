package io.newsflow.publish.feed;

import io.newsflow.publish.partner.PartnerGate;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class FeedServingConfiguration {

    /** First in the chain, so a pre-rendered feed costs no more than the connector's own work. */
    @Bean
    FilterRegistrationBean<PreRenderedFeedFilter> preRenderedFeedFilter(PreRenderedFeeds preRendered,
            FeedResponses responses, PartnerGate gate) {
        FilterRegistrationBean<PreRenderedFeedFilter> registration = new FilterRegistrationBean<>(
                new PreRenderedFeedFilter(preRendered, responses, gate));
        registration.addUrlPatterns("/feeds/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
