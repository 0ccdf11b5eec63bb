/** RFC 9457 problem+json, built the same way by every service's handlers, controllers and filters. */
package io.newsflow.support.web;
