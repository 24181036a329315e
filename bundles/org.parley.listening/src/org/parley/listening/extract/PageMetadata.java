package org.parley.listening.extract;

/**
 * Title, author and publication date as a page declares them for machines (JSON-LD, OpenGraph,
 * meta tags, microdata), before any look at the visible text.
 *
 * @param title     the declared headline or cleaned {@code <title>}, null when none
 * @param author    the declared author's name, null when none
 * @param published the declared publication date as written, null when none
 */
public record PageMetadata(String title, String author, String published) {
}
