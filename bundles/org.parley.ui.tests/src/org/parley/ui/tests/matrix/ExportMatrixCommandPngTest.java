package org.parley.ui.tests.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommandLine;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.sample.SampleMentions;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixFigures;
import org.parley.representation.matrix.MatrixSettings;
import org.parley.representation.matrix.MatrixView;

/** {@code parley export-matrix … -o FILE.png} on a display: the picture the editor's export writes, at its size. */
class ExportMatrixCommandPngTest {

	@TempDir
	Path temp;

	@Test
	void writesAPngOfTheMatrixAtTheDrawingsSizeTimesTheZoom() throws Exception {
		Path project = temp.resolve("sample");
		ProjectStore store = new ProjectStore();
		LoadedProject loaded = store.create(project, SampleProject.create());
		store.save(loaded);
		SampleMentions.addTo(project, loaded.plan());
		Path png = temp.resolve("matrix.png");
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

		int code = new ParleyCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
				.run("export-matrix", project.toString(), "-o", png.toString(), "--heat", "volume", "--zoom", "0.5");

		assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
		MatrixView view = MatrixView.build(loaded.plan(), MatrixFigures.load(project, loaded.plan()),
				MatrixSettings.DEFAULT.withHeat(HeatKind.VOLUME));
		var drawing = MatrixDrawing.draw(view);
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertThat(image.width).isEqualTo((int) Math.ceil(drawing.width() * 0.5));
		assertThat(image.height).isEqualTo((int) Math.ceil(drawing.height() * 0.5));
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int y = 0; y < image.height; y += 5) {
			for (int x = 0; x < image.width; x += 5) {
				colours.add(image.getPixel(x, y));
			}
		}
		assertThat(colours).as("distinct colours: headers, heat, text").hasSizeGreaterThan(5);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("heat volume");
	}
}
