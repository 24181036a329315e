package org.parley.representation.matrix;

import org.parley.representation.draw.Colour;

/**
 * One line of the matrix's legend: a swatch and what it means.
 *
 * @param fill   the swatch's inside
 * @param border the swatch's outline, or null for the usual thin grey one
 */
public record LegendEntry(Colour fill, Colour border, String text) {
}
