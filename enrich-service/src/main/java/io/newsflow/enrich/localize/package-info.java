/** Title and summary in other scripts for partners who read them: traditional characters (zh-Hant). */
package io.newsflow.enrich.localize;
