/** Pipeline metrics every service records the same way, for Prometheus and the operator console. */
package io.newsflow.support.metrics;
