/** MongoDB adapter of the read model: newsflow_publish.articles. */
package io.newsflow.publish.article.store;
