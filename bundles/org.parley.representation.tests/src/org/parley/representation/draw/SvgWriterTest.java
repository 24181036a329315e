package org.parley.representation.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SvgWriterTest {

	@Test
	void writesWellFormedSvgWithEveryShape(@TempDir Path dir) throws Exception {
		Drawing drawing = new Drawing(300, 120, Colour.hex("#fafafa"))
				.box(10, 10, 100, 40, Colour.hex("#ffcc00"), Colour.BLACK, "cell-1", "Care <& support>")
				.text(15, 15, "Customers & \"fans\"", 12, true, Colour.BLACK, 0)
				.add(new Line(List.of(110.0, 30.0, 200.0, 30.0, 200.0, 90.0), Colour.BLACK, 1.5, true, true));
		Path file = dir.resolve("out.svg");

		SvgWriter.write(drawing, file);

		Document svg = parse(Files.readString(file));
		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("width")).isEqualTo("300");
		assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 300 120");
		Element cell = (Element) svg.getElementsByTagName("rect").item(1);
		assertThat(cell.getAttribute("data-ref")).isEqualTo("cell-1");
		assertThat(cell.getAttribute("fill")).isEqualTo("#ffcc00");
		assertThat(cell.getTextContent()).isEqualTo("Care <& support>");
		assertThat(svg.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("Customers & \"fans\"");
		assertThat(((Element) svg.getElementsByTagName("polyline").item(0)).getAttribute("points"))
				.isEqualTo("110,30 200,30 200,90");
		assertThat(svg.getElementsByTagName("polygon").getLength()).as("arrow head").isEqualTo(1);
	}

	@Test
	void labelsAreShortenedToTheirWidth() {
		Label label = new Label(0, 0, "Customer service and community moderation", 12, false, Colour.BLACK,
				Anchor.START, 80);

		assertThat(label.shownText()).endsWith("…").hasSizeLessThan(label.text().length());
		assertThat(TextMetrics.width(label.shownText(), 12, false)).isLessThanOrEqualTo(80);
		assertThat(new Label(0, 0, "Fans", 12, false, Colour.BLACK, Anchor.START, 80).shownText()).isEqualTo("Fans");
	}

	@Test
	void hitFindsTheTopmostBoxThatStandsForSomething() {
		Drawing drawing = new Drawing(100, 100, null).box(0, 0, 100, 100, Colour.WHITE, null, "back", null)
				.box(20, 20, 30, 30, Colour.BLACK, null, "front", null).box(20, 20, 30, 30, null, null, null, null);

		assertThat(drawing.hit(25, 25).ref()).isEqualTo("front");
		assertThat(drawing.hit(80, 80).ref()).isEqualTo("back");
		assertThat(drawing.hit(150, 10)).isNull();
	}

	@Test
	void coloursMixAndChooseReadableText() {
		Colour white = Colour.WHITE, red = Colour.hex("#d32f2f");

		assertThat(white.towards(red, 0.5)).isEqualTo(new Colour(233, 151, 151));
		assertThat(red.readableText()).isEqualTo(Colour.WHITE);
		assertThat(Colour.hex("#fff59d").readableText()).isEqualTo(Colour.BLACK);
		assertThatThrownBy(() -> Colour.hex("red")).hasMessageContaining("#rrggbb");
	}

	private static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}
}
