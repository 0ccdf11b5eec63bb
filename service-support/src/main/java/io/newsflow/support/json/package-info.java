/** Strict reading of request bodies: naming the field a client got wrong, and the one it probably meant. */
package io.newsflow.support.json;
