package org.parley.ui.navigator;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.parley.core.outline.OutlineNode.Kind;

/**
 * The icons of the outline, drawn in code (no image files to keep in step): a sign for each top-level group, the
 * platform's folder for the groups inside them, and a coloured badge for each kind of model object. Scaled for
 * high-DPI screens because they are drawn at the size asked for.
 */
final class ParleyImages {

	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final Map<Kind, Image> images = new EnumMap<>(Kind.class);

	/** The icon of a node kind; owned by this object. */
	Image image(Kind kind) {
		return images.computeIfAbsent(kind, k -> switch (k) {
		case BRANDS, CHANNELS, TEAMS, CUSTOMER_GROUPS, TOPICS, MATRIX, SOURCES, QUERIES ->
			PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		default -> resources.create(descriptor(k));
		});
	}

	/** An icon for a pending or failed outline. */
	Image pending(boolean failed) {
		return PlatformUI.getWorkbench().getSharedImages()
				.getImage(failed ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
	}

	void dispose() {
		resources.dispose();
		images.clear();
	}

	private static ImageDescriptor descriptor(Kind kind) {
		return ImageDescriptor.createFromImageDataProvider(zoom -> draw(kind, Math.max(16, 16 * zoom / 100)));
	}

	private static ImageData draw(Kind kind, int size) {
		Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		Image image = new Image(display, size, size);
		GC gc = new GC(image);
		try {
			gc.setAdvanced(true);
			gc.setAntialias(SWT.ON);
			gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, size, size);
			new Painter(gc, size).paint(kind);
		} finally {
			gc.dispose();
		}
		ImageData data = image.getImageData();
		image.dispose();
		// white is the background: make it transparent
		data.transparentPixel = data.palette.getPixel(new RGB(255, 255, 255));
		return data;
	}

	/** Draws one icon on a square of {@code size} pixels. */
	private record Painter(GC gc, int size) {

		void paint(Kind kind) {
			switch (kind) {
			case STRATEGY -> target(new RGB(200, 50, 50));
			case CALENDAR -> calendar(new RGB(200, 50, 50));
			case MONTH -> calendar(new RGB(90, 120, 170));
			case BACKLOG -> tray(new RGB(120, 120, 120));
			case LISTENING, MENTIONS -> bubble(new RGB(40, 120, 200));
			case BRAND -> badge(new RGB(130, 60, 170), "B");
			case CHANNEL -> badge(new RGB(30, 110, 200), "#");
			case TEAM -> badge(new RGB(40, 140, 70), "T");
			case MEMBER -> person(new RGB(20, 130, 130));
			case CUSTOMER_GROUP -> badge(new RGB(220, 120, 20), "G");
			case TOPIC -> badge(new RGB(180, 150, 20), "t");
			case CELL -> grid(new RGB(200, 50, 50));
			case ITEM -> page(new RGB(90, 90, 90));
			case SOURCE -> globe(new RGB(30, 110, 200));
			case QUERY -> magnifier(new RGB(60, 60, 60));
			default -> badge(new RGB(120, 120, 120), "?");
			}
		}

		private int px(double fraction) {
			return (int) Math.round(size * fraction);
		}

		private void colour(RGB rgb, boolean fill) {
			org.eclipse.swt.graphics.Color color = new org.eclipse.swt.graphics.Color(rgb);
			if (fill) {
				gc.setBackground(color);
			} else {
				gc.setForeground(color);
			}
		}

		private void target(RGB rgb) {
			colour(rgb, true);
			gc.fillOval(px(0.06), px(0.06), px(0.88), px(0.88));
			colour(new RGB(254, 254, 254), true);
			gc.fillOval(px(0.22), px(0.22), px(0.56), px(0.56));
			colour(rgb, true);
			gc.fillOval(px(0.38), px(0.38), px(0.25), px(0.25));
		}

		private void calendar(RGB band) {
			colour(new RGB(110, 110, 110), false);
			colour(new RGB(250, 250, 250), true);
			gc.fillRectangle(px(0.06), px(0.12), px(0.86), px(0.8));
			gc.drawRectangle(px(0.06), px(0.12), px(0.86), px(0.8));
			colour(band, true);
			gc.fillRectangle(px(0.06), px(0.12), px(0.87), px(0.25));
			colour(new RGB(110, 110, 110), true);
			for (int row = 0; row < 2; row++) {
				for (int col = 0; col < 3; col++) {
					gc.fillRectangle(px(0.2 + col * 0.22), px(0.5 + row * 0.2), Math.max(1, px(0.12)), Math.max(1, px(0.1)));
				}
			}
		}

		private void tray(RGB rgb) {
			colour(rgb, false);
			gc.setLineWidth(Math.max(1, px(0.08)));
			gc.drawPolyline(new int[] { px(0.08), px(0.5), px(0.08), px(0.88), px(0.92), px(0.88), px(0.92), px(0.5) });
			gc.drawLine(px(0.3), px(0.3), px(0.7), px(0.3));
			gc.drawLine(px(0.3), px(0.55), px(0.7), px(0.55));
		}

		private void bubble(RGB rgb) {
			colour(rgb, true);
			gc.fillRoundRectangle(px(0.04), px(0.1), px(0.92), px(0.62), px(0.3), px(0.3));
			gc.fillPolygon(new int[] { px(0.2), px(0.6), px(0.45), px(0.6), px(0.15), px(0.95) });
			colour(new RGB(254, 254, 254), true);
			for (int i = 0; i < 3; i++) {
				gc.fillOval(px(0.22 + i * 0.22), px(0.35), Math.max(2, px(0.13)), Math.max(2, px(0.13)));
			}
		}

		private void badge(RGB rgb, String letter) {
			colour(rgb, true);
			gc.fillOval(px(0.03), px(0.03), px(0.94), px(0.94));
			FontData data = gc.getDevice().getSystemFont().getFontData()[0];
			Font font = new Font(gc.getDevice(), data.getName(), Math.max(6, size * 9 / 16 * 72 / gc.getDevice().getDPI().y), SWT.BOLD);
			try {
				gc.setFont(font);
				colour(new RGB(254, 254, 254), false);
				var extent = gc.textExtent(letter);
				gc.drawText(letter, (size - extent.x) / 2, (size - extent.y) / 2, true);
			} finally {
				font.dispose();
			}
		}

		private void person(RGB rgb) {
			colour(rgb, true);
			gc.fillOval(px(0.32), px(0.06), px(0.36), px(0.36));
			gc.fillArc(px(0.1), px(0.5), px(0.8), px(0.8), 0, 180);
		}

		private void grid(RGB rgb) {
			colour(rgb, true);
			gc.fillRectangle(px(0.06), px(0.06), px(0.42), px(0.42));
			colour(new RGB(200, 200, 200), true);
			gc.fillRectangle(px(0.52), px(0.06), px(0.42), px(0.42));
			gc.fillRectangle(px(0.06), px(0.52), px(0.42), px(0.42));
			colour(rgb, true);
			gc.fillRectangle(px(0.52), px(0.52), px(0.42), px(0.42));
		}

		private void page(RGB rgb) {
			colour(rgb, false);
			colour(new RGB(250, 250, 250), true);
			gc.fillRectangle(px(0.16), px(0.06), px(0.68), px(0.88));
			gc.drawRectangle(px(0.16), px(0.06), px(0.68), px(0.88));
			for (int i = 0; i < 3; i++) {
				gc.drawLine(px(0.28), px(0.3 + i * 0.2), px(0.72), px(0.3 + i * 0.2));
			}
		}

		private void globe(RGB rgb) {
			colour(rgb, false);
			gc.setLineWidth(Math.max(1, px(0.07)));
			gc.drawOval(px(0.08), px(0.08), px(0.84), px(0.84));
			gc.drawOval(px(0.32), px(0.08), px(0.36), px(0.84));
			gc.drawLine(px(0.08), px(0.5), px(0.92), px(0.5));
		}

		private void magnifier(RGB rgb) {
			colour(rgb, false);
			gc.setLineWidth(Math.max(2, px(0.12)));
			gc.drawOval(px(0.1), px(0.1), px(0.5), px(0.5));
			gc.drawLine(px(0.55), px(0.55), px(0.9), px(0.9));
		}
	}
}
