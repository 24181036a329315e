package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parley.core.storage.LoadedProject;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.SvgWriter;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixFigures;
import org.parley.representation.matrix.MatrixSettings;
import org.parley.representation.matrix.MatrixView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export-matrix DIR -o FILE.png|FILE.svg [--heat KIND]}: the matrix as the editor shows it. */
@Command(name = "export-matrix", mixinStandardHelpOptions = true,
		description = "Draws the conversation matrix (teams × customer groups, each cell's owner, topics, tone, channels "
				+ "and KPI status, gaps, legend) as the model editor shows it, into a PNG or SVG file. PNG needs a display "
				+ "(real or Xvfb: xvfb-run ./parley export-matrix …); SVG does not.")
public class ExportMatrixCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE",
			description = "the picture to write: .png or .svg") Path output;

	@Option(names = "--heat", defaultValue = "none", paramLabel = "KIND",
			description = "colour cells by none, volume, negative, intent, alerts or planned (default: ${DEFAULT-VALUE})")
	String heat;

	@Option(names = "--swap", description = "customer groups as rows, teams as columns") boolean swap;

	@Option(names = "--zoom", defaultValue = "1", paramLabel = "FACTOR",
			description = "scale of the PNG, 0.25 to 4 (default: ${DEFAULT-VALUE})") double zoom;

	@Override
	public Integer call() {
		String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean svg = name.endsWith(".svg");
		if (!svg && !name.endsWith(".png")) {
			throw new UsageException(output + ": the file must end in .png or .svg");
		}
		MatrixSettings settings;
		try {
			settings = MatrixSettings.DEFAULT.withHeat(HeatKind.ofOption(heat)).withSwapped(swap).withZoom(zoom);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage(), e);
		}
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		MatrixView view;
		try {
			view = MatrixView.build(project.plan(), MatrixFigures.load(project.directory(), project.plan()), settings);
		} catch (IOException e) {
			throw new UsageException(dir + ": cannot read the mentions: " + e.getMessage(), e);
		}
		Drawing drawing = MatrixDrawing.draw(view);
		try {
			if (svg) {
				SvgWriter.write(drawing, output);
			} else if (!PngOnDisplay.write(drawing, settings.zoom(), output)) {
				spec.commandLine().getErr().println("parley export-matrix: needs a display (real or Xvfb) to draw a PNG; "
						+ "run it under xvfb-run, or write .svg");
				return ExitCode.BAD_INPUT;
			}
		} catch (IOException e) {
			throw new UsageException(output + ": cannot write: " + e.getMessage(), e);
		}
		long width = Math.round(Math.ceil(drawing.width() * (svg ? 1 : settings.zoom())));
		long height = Math.round(Math.ceil(drawing.height() * (svg ? 1 : settings.zoom())));
		spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %d × %d px, %d rows × %d columns, heat %s%n", output,
				width, height, view.rows().size(), view.columns().size(), settings.heat().option());
		return ExitCode.OK;
	}
}
