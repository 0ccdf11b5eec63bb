package io.newsflow.publish.delivery;

/** Outbound port: events an operator must act on, such as a disabled endpoint. */
public interface OperatorAlerts {

    void alert(String kind, String subscriptionId, String message);
}
