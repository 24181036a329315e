package org.parley.listening.extract;

import java.time.OffsetDateTime;

/**
 * One message of a thread or comment section.
 *
 * @param author the author as shown on the page (or its pseudonym), null when unknown
 * @param date   when it was posted, null when the page does not say or it could not be parsed
 * @param text   the message's own text, quotes of earlier messages removed
 * @param url    the message's permalink, or the page URL when it has none
 */
public record Post(String author, OffsetDateTime date, String text, String url) {

    /** The same post with another author name (for pseudonymization). */
    public Post withAuthor(String newAuthor) {
        return new Post(newAuthor, date, text, url);
    }
}
