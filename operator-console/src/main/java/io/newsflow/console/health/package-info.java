/** Health of what the console depends on, for readiness probes. */
package io.newsflow.console.health;
