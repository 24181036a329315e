package org.parley.ui.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/**
 * Saves what the display shows as PNG under {@code target/screenshots} (or the folder in system
 * property {@value #DIRECTORY_PROPERTY}), so a failed UI test leaves a picture behind.
 */
public final class Screenshots {

	public static final String DIRECTORY_PROPERTY = "parley.screenshots";

	private Screenshots() {
	}

	public static Path directory() {
		return Path.of(System.getProperty(DIRECTORY_PROPERTY, "target/screenshots")).toAbsolutePath();
	}

	/** Saves a screenshot named after {@code what}; returns its path, or null when it failed. */
	public static Path save(String what) {
		try {
			Path dir = directory();
			Files.createDirectories(dir);
			String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
			Path file = dir.resolve(stamp + "-" + safeName(what) + ".png");
			UiThread.run(() -> {
				paintPending(UiThread.display());
				write(UiThread.display(), file);
			});
			return file;
		} catch (Exception | Error e) {
			return null;
		}
	}

	/** Lets queued events and repaints run first, so that the picture shows the state the test reached. */
	private static void paintPending(Display display) {
		for (int i = 0; i < 1000 && display.readAndDispatch(); i++) {
			// dispatching
		}
		for (var shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible()) {
				shell.update();
			}
		}
	}

	private static void write(Display display, Path file) {
		// paint what is pending first, or the picture shows the screen as it was before the last changes
		display.update();
		Rectangle bounds = display.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	static String safeName(String what) {
		String name = what.replaceAll("[^A-Za-z0-9._-]+", "_");
		return name.length() > 80 ? name.substring(0, 80) : name;
	}
}
