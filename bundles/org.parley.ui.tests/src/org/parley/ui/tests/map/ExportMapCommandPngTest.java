package org.parley.ui.tests.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommandLine;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Team;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.representation.map.MapDrawing;
import org.parley.representation.map.MapSettings;
import org.parley.representation.map.NodeKind;

/** {@code parley export-map … -o FILE.png} on a display: the picture the Map page exports, at its size and colours. */
class ExportMapCommandPngTest {

	@TempDir
	Path temp;

	@Test
	void writesAPngOfTheMapAtTheDrawingsSizeTimesTheZoom() throws Exception {
		Path project = temp.resolve("sample");
		ProjectStore store = new ProjectStore();
		LoadedProject loaded = store.create(project, SampleProject.create());
		store.save(loaded);
		Path png = temp.resolve("map.png");
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

		int code = new ParleyCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
				.run("export-map", project.toString(), "-o", png.toString(), "--zoom", "0.5");

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		Drawing drawing = MapDrawing.of(loaded.plan(), MapSettings.ALL);
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertThat(image.width).isEqualTo((int) Math.ceil(drawing.width() * 0.5));
		assertThat(image.height).isEqualTo((int) Math.ceil(drawing.height() * 0.5));
		Team team = loaded.plan().getStrategy().getTeams().get(0);
		Box box = drawing.boxOf(team.getId());
		RGB inside = image.palette.getRGB(image.getPixel((int) ((box.x() + 5) * 0.5), (int) ((box.y() + box.height() / 2) * 0.5)));
		assertThat(inside).as("the team's box").isEqualTo(
				new RGB(NodeKind.TEAM.fill().red(), NodeKind.TEAM.fill().green(), NodeKind.TEAM.fill().blue()));
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Wrote " + png + ": ")
				.contains("(" + image.width + " × " + image.height + " px)");
	}
}
