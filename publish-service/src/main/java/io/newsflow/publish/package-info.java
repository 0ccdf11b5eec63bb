/** publish-service: read model, feeds, and (later) pushes and the operator console. */
package io.newsflow.publish;
