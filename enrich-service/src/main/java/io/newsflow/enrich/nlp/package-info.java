/** Text analysis with HanLP: segmentation, entities, keywords, summaries and SimHash. */
package io.newsflow.enrich.nlp;
