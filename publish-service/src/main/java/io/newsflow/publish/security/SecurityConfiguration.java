package io.newsflow.publish.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    AdminTokenFilter adminTokenFilter(@Value("${newsflow.publish.admin-token:}") String token) {
        return new AdminTokenFilter(token);
    }
}
