/** Bearer-token protection of publish-service's admin endpoints; feeds, widgets and pages stay public. */
package io.newsflow.publish.security;
