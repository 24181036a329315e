package org.parley.listening.analyse;

/**
 * A tag a listening query gives to the mentions it matches.
 *
 * @param kind the query's tag kind in lower case: {@code brand}, {@code product}, {@code competitor},
 *             {@code partner}, {@code sponsorship} or {@code topic}
 * @param name the query's name
 */
public record Tag(String kind, String name) {
}
