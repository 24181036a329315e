package org.parley.representation.draw;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.parley.core.storage.AtomicFile;

/** Writes a {@link Drawing} as a standalone SVG 1.1 document. */
public final class SvgWriter {

	private static final String FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

	private SvgWriter() {
	}

	public static String toSvg(Drawing drawing) {
		StringBuilder svg = new StringBuilder(64 * drawing.shapes().size() + 256);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(drawing.width()))
				.append("\" height=\"").append(n(drawing.height())).append("\" viewBox=\"0 0 ").append(n(drawing.width()))
				.append(' ').append(n(drawing.height())).append("\" font-family=\"").append(FONT).append("\">\n");
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(drawing.background().toHex()).append("\"/>\n");
		for (Shape shape : drawing.shapes()) {
			switch (shape) {
			case Box box -> box(svg, box);
			case Label label -> label(svg, label);
			case Line line -> line(svg, line);
			}
		}
		return svg.append("</svg>\n").toString();
	}

	/** Writes the SVG atomically: the file is either the old one or the whole new one. */
	public static void write(Drawing drawing, Path file) throws IOException {
		AtomicFile.write(file, toSvg(drawing).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static void box(StringBuilder svg, Box box) {
		svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"")
				.append(n(box.width())).append("\" height=\"").append(n(box.height())).append('"');
		if (box.cornerRadius() > 0) {
			svg.append(" rx=\"").append(n(box.cornerRadius())).append('"');
		}
		svg.append(" fill=\"").append(box.fill() == null ? "none" : box.fill().toHex()).append('"');
		if (box.stroke() != null && box.strokeWidth() > 0) {
			svg.append(" stroke=\"").append(box.stroke().toHex()).append("\" stroke-width=\"")
					.append(n(box.strokeWidth())).append('"');
		}
		if (box.ref() != null) {
			svg.append(" data-ref=\"").append(escape(box.ref())).append('"');
		}
		if (box.tooltip() != null) {
			svg.append("><title>").append(escape(box.tooltip())).append("</title></rect>\n");
		} else {
			svg.append("/>\n");
		}
	}

	private static void label(StringBuilder svg, Label label) {
		String anchor = switch (label.anchor()) {
		case START -> "start";
		case MIDDLE -> "middle";
		case END -> "end";
		};
		// SVG places text by its baseline; a label's y is the top of its line box.
		svg.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.y() + label.size() * 0.8))
				.append("\" font-size=\"").append(n(label.size())).append("\" fill=\"").append(label.colour().toHex())
				.append("\" text-anchor=\"").append(anchor).append('"');
		if (label.bold()) {
			svg.append(" font-weight=\"bold\"");
		}
		svg.append('>').append(escape(label.shownText())).append("</text>\n");
	}

	private static void line(StringBuilder svg, Line line) {
		List<Double> p = line.points();
		svg.append("<polyline points=\"");
		for (int i = 0; i < p.size(); i += 2) {
			svg.append(i == 0 ? "" : " ").append(n(p.get(i))).append(',').append(n(p.get(i + 1)));
		}
		svg.append("\" fill=\"none\" stroke=\"").append(line.colour().toHex()).append("\" stroke-width=\"")
				.append(n(line.width())).append('"');
		if (line.dashed()) {
			svg.append(" stroke-dasharray=\"4,3\"");
		}
		svg.append("/>\n");
		if (line.arrow()) {
			double[] head = ArrowHead.of(line);
			svg.append("<polygon points=\"").append(n(head[0])).append(',').append(n(head[1])).append(' ')
					.append(n(head[2])).append(',').append(n(head[3])).append(' ').append(n(head[4])).append(',')
					.append(n(head[5])).append("\" fill=\"").append(line.colour().toHex()).append("\"/>\n");
		}
	}

	private static String n(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			default -> {
				// XML 1.0 forbids most control characters even escaped.
				if (c >= 0x20 || c == '\t' || c == '\n') {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}
}
