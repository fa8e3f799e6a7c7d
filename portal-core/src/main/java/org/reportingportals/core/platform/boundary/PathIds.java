package org.reportingportals.core.platform.boundary;

import org.reportingportals.core.platform.entity.ProblemType;

import java.util.UUID;

/** Ids taken from a path: anything that is not a UUID names nothing, so it answers like an unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static UUID uuid(String text, ProblemType whenMalformed) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ProblemException(whenMalformed);
        }
    }

    public static UUID uuid(String text) {
        return uuid(text, ProblemType.NOT_FOUND);
    }
}
