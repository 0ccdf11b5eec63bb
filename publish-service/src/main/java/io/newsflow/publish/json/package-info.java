/** JSON building blocks for rendered documents: objects whose member order is fixed. */
package io.newsflow.publish.json;
