package org.parley.ui.draw;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.parley.core.storage.AtomicFile;
import org.parley.representation.draw.Drawing;

/** Drawings as images: PNG files for exports and reports. */
public final class DrawingImages {

	private DrawingImages() {
	}

	/** The drawing painted at {@code zoom}; the caller disposes the image. Runs on the display's thread. */
	public static Image image(Display display, Drawing drawing, double zoom) {
		int width = (int) Math.ceil(drawing.width() * zoom), height = (int) Math.ceil(drawing.height() * zoom);
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		DrawingPainter painter = new DrawingPainter(display);
		try {
			painter.paint(gc, drawing, zoom, 0, 0, null);
		} finally {
			gc.dispose();
			painter.dispose();
		}
		return image;
	}

	/** Writes the drawing as a PNG file, atomically. Runs on the display's thread. */
	public static void writePng(Display display, Drawing drawing, double zoom, Path file) throws IOException {
		Image image = image(display, drawing, zoom);
		try {
			AtomicFile.write(file, png(image.getImageData()));
		} finally {
			image.dispose();
		}
	}

	public static byte[] png(ImageData data) {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		loader.save(bytes, SWT.IMAGE_PNG);
		return bytes.toByteArray();
	}
}
