package io.newsflow.model;

/** A named entity found in an article. */
public record Entity(String text, Type type, int count) {

    /** Kinds of named entity. */
    public enum Type {
        PERSON, PLACE, ORGANISATION
    }
}
