/** Categories from the page's breadcrumb, mapped through a table to one internal taxonomy. */
package io.newsflow.enrich.category;
