/** How the console reads one Kafka record: decoded headers, the article fields operators filter by, trace id, pretty JSON. */
package io.newsflow.console.record;
