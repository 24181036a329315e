/**
 * Paints headless {@link org.parley.representation.draw.Drawing}s with SWT: on a canvas at any zoom and scroll
 * offset, and into PNG files. Needs a display (real or Xvfb), nothing of the workbench, so the command line can
 * export pictures too.
 */
package org.parley.ui.draw;
