package org.parley.ui.tests.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.ui.draw.DrawingImages;
import org.parley.ui.testing.UiThread;

class DrawingImagesTest {

	@Test
	void writesThePngAtTheDrawingsSizeTimesTheZoom(@TempDir Path dir) throws Exception {
		Drawing drawing = new Drawing(200, 100, Colour.WHITE)
				.box(20, 20, 60, 40, Colour.hex("#d32f2f"), Colour.BLACK, "cell", null)
				.text(100, 40, "Fans", 14, true, Colour.BLACK, 0);
		Path png = dir.resolve("drawing.png");

		UiThread.call(() -> {
			DrawingImages.writePng(UiThread.display(), drawing, 2, png);
			return null;
		});

		ImageData data = new ImageLoader().load(Files.newInputStream(png))[0];
		assertThat(data.width).isEqualTo(400);
		assertThat(data.height).isEqualTo(200);
		assertThat(data.palette.getRGB(data.getPixel(100, 80))).as("inside the box").isEqualTo(new RGB(211, 47, 47));
		assertThat(data.palette.getRGB(data.getPixel(10, 10))).as("background").isEqualTo(new RGB(255, 255, 255));
		assertThat(darkPixels(data, 200, 60, 400, 120)).as("the label's glyphs").isGreaterThan(20);
	}

	private static int darkPixels(ImageData data, int x0, int y0, int x1, int y1) {
		int dark = 0;
		for (int x = x0; x < x1; x++) {
			for (int y = y0; y < y1; y++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 300) {
					dark++;
				}
			}
		}
		return dark;
	}
}
