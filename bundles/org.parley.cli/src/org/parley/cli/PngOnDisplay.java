package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.parley.representation.draw.Drawing;
import org.parley.ui.draw.DrawingImages;

/**
 * Draws on SWT from the command line: uses the thread's display when there is one (a workbench, a UI test), else
 * opens one for the drawing and closes it after. Only commands that draw touch SWT, so the others start as fast.
 */
final class PngOnDisplay {

	private PngOnDisplay() {
	}

	/** Writes the drawing as PNG; false when no display can be opened. */
	static boolean write(Drawing drawing, double zoom, Path file) throws IOException {
		return SwtDisplay.run(display -> DrawingImages.writePng(display, drawing, zoom, file));
	}
}
