package io.newsflow.publish.security;

import io.newsflow.publish.PublishProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AdminTokenFilter adminTokenFilter(PublishProperties properties) {
        return new AdminTokenFilter(properties.adminToken());
    }
}
