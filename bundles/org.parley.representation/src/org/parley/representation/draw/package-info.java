/**
 * Pictures as data: a {@link org.parley.representation.draw.Drawing} holds boxes, labels and lines in pixel
 * coordinates, computed headless by the matrix, map and calendar representations. The workbench paints the same
 * drawing on screen and into PNG files; {@link org.parley.representation.draw.SvgWriter} writes it as SVG, so the
 * exports and the screen never disagree.
 */
package org.parley.representation.draw;
