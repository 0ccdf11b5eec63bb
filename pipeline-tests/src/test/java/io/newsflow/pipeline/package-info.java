/** Whole-pipeline tests: three service processes against real infrastructure, and deployment checks. */
package io.newsflow.pipeline;
