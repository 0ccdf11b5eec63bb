/** Turns Chinese news portal pages (HTML or rendered text dumps) into structured articles. */
package io.newsflow.ingest.parse;
