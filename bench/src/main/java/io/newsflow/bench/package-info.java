/** Benchmarks and fault injection of the whole pipeline on the embedded stack. */
package io.newsflow.bench;
