package io.newsflow.publish.delivery;

import io.newsflow.publish.callback.CallbackGuard;
import io.newsflow.publish.subscription.SubscriptionStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the delivery engine; the workers start with the context and stop before MongoDB goes away. */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    @Bean
    CallbackGuard callbackGuard(PushProperties properties) {
        return new CallbackGuard(properties.allowedHosts());
    }

    @Bean
    CallbackClient callbackClient(CallbackGuard guard, PushProperties properties) {
        return new CallbackClient(guard, properties);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    DeliveryWorkers deliveryWorkers(SubscriptionStore subscriptions, DeliveryQueue queue, AttemptLog attempts,
            OperatorAlerts alerts, CallbackClient client, PushProperties properties, Clock clock) {
        return new DeliveryWorkers(subscriptions, queue, attempts, alerts, client, properties, clock);
    }
}
