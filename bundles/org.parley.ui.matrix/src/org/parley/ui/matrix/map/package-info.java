/**
 * The strategy map page of the model editor: the headless {@link org.parley.representation.map.MapDrawing} on a
 * zoomable canvas, with selection shared with the other pages and the Properties view, details to edit, and PNG/SVG
 * export.
 */
package org.parley.ui.matrix.map;
