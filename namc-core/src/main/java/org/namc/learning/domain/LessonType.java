package org.namc.learning.domain;

/** The main medium of a lesson. */
public enum LessonType {
    TEXT,
    VIDEO,
    AUDIO,
    DOCUMENT,
    INTERACTIVE
}
