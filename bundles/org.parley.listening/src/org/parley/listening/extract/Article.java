package org.parley.listening.extract;

import java.time.OffsetDateTime;

/**
 * The main content of a blog or news page.
 *
 * @param title  the headline, null when none was found
 * @param author the byline's author, null when none was found
 * @param date   the publication date, null when none was found
 * @param text   the main text, one paragraph per line, without navigation, sidebars, ads or comments
 */
public record Article(String title, String author, OffsetDateTime date, String text) {
}
