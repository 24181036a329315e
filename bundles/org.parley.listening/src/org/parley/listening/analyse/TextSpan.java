package org.parley.listening.analyse;

/**
 * Where a text names something, such as a brand: {@code text.substring(start, end)} is the name as written.
 *
 * @param name the canonical name (the brand's name in the model), not the alias as written
 */
public record TextSpan(String name, int start, int end) {
}
