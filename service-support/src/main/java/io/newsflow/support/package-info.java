/** Run-time pieces every newsflow service shares, registered by auto-configuration. */
package io.newsflow.support;
