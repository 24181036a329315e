package org.parley.core.sample;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.parley.model.Identified;

/**
 * Gives the sample's objects ids derived from stable keys, so that two creations of the sample are
 * identical and the committed sample project diffs cleanly.
 */
final class SampleIds {

    private static final String NAMESPACE = "org.parley.core.sample/";

    private SampleIds() {
    }

    /** The name-based UUID of a key such as {@code team/service}. */
    static String of(String key) {
        return UUID.nameUUIDFromBytes((NAMESPACE + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Sets the id derived from the key on the object and returns it. */
    static <T extends Identified> T identify(T object, String key) {
        object.setId(of(key));
        return object;
    }
}
