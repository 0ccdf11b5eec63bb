/** Event contracts shared by the newsflow services: records, value types, topics and their JSON codec. */
package io.newsflow.model;
