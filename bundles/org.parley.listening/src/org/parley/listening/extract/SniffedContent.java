package org.parley.listening.extract;

import java.nio.charset.Charset;

/**
 * What a body really is, whatever its headers said: the media type found by content detection,
 * the charset the text decodes with, and whether it is an HTML page worth extracting.
 *
 * @param mediaType the detected media type without parameters, e.g. {@code text/html}
 * @param charset   the charset to decode the body with (meaningful for text only)
 * @param html      true when the body is HTML or XHTML
 */
public record SniffedContent(String mediaType, Charset charset, boolean html) {
}
