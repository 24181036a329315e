package org.parley.listening.alert;

import java.time.Instant;

/** One post as early warning sees it: who said what, when. */
public record Observation(String mentionId, String author, Instant time, String text) {
}
