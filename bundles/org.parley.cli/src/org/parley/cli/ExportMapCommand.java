package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.parley.core.storage.LoadedProject;
import org.parley.model.Identified;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.SvgWriter;
import org.parley.representation.map.MapDrawing;
import org.parley.representation.map.MapLayout;
import org.parley.representation.map.MapObjects;
import org.parley.representation.map.MapSettings;
import org.parley.representation.map.NodeKind;
import org.parley.representation.map.StrategyGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export-map DIR -o FILE.png|FILE.svg}: the strategy map as the model editor's Map page draws it. */
@Command(name = "export-map", mixinStandardHelpOptions = true,
		description = "Writes the strategy map (teams, conversation cells, customer groups, topics and channels, laid "
				+ "out left to right) as SVG, or as PNG, which needs a display (real or Xvfb, e.g. xvfb-run).")
public class ExportMapCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
	Path dir;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the .png or .svg file to write")
	Path output;

	@Option(names = "--hide", paramLabel = "KIND", split = ",",
			description = "kinds of node to leave out: teams, groups, topics, channels")
	List<String> hide = List.of();

	@Option(names = "--focus", paramLabel = "NAME", description = "only the cells of this team, customer group, topic, "
			+ "channel or cell (name or id) and what they link to; repeatable")
	List<String> focus = List.of();

	@Option(names = "--zoom", defaultValue = "1", description = "scale of the PNG (default: ${DEFAULT-VALUE}); maps "
			+ "too big for an image are scaled down")
	double zoom;

	@Override
	public Integer call() throws IOException {
		String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
		boolean svg = name.endsWith(".svg");
		if (!svg && !name.endsWith(".png")) {
			throw new UsageException(output + ": the file must end in .png or .svg");
		}
		if (!(zoom > 0)) {
			throw new UsageException("--zoom must be positive, not " + zoom);
		}
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		MapSettings settings = MapSettings.ALL.withKinds(shownKinds()).withFocus(focusIds(project));
		StrategyGraph graph = StrategyGraph.of(project.plan(), settings);
		Drawing drawing = MapDrawing.draw(graph, MapLayout.layout(graph));
		double pictureZoom = MapDrawing.pictureZoom(drawing, zoom);
		if (svg) {
			SvgWriter.write(drawing, output);
		} else if (!PngOnDisplay.write(drawing, pictureZoom, output)) {
			spec.commandLine().getErr()
					.println("parley export-map: PNG needs a display (real or Xvfb); run it under xvfb-run, or write .svg");
			return ExitCode.BAD_INPUT;
		}
		double scale = svg ? 1 : pictureZoom;
		spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s: %d teams, %d cells, %d customer groups, %d topics, "
				+ "%d channels, %d links (%d × %d px)%n", output, graph.count(NodeKind.TEAM), graph.count(NodeKind.CELL),
				graph.count(NodeKind.CUSTOMER_GROUP), graph.count(NodeKind.TOPIC), graph.count(NodeKind.CHANNEL),
				graph.edges().size(), (long) Math.ceil(drawing.width() * scale), (long) Math.ceil(drawing.height() * scale));
		return ExitCode.OK;
	}

	private Set<NodeKind> shownKinds() {
		Set<NodeKind> kinds = EnumSet.allOf(NodeKind.class);
		for (String kind : hide) {
			switch (kind.trim().toLowerCase(Locale.ROOT)) {
			case "teams", "team" -> kinds.remove(NodeKind.TEAM);
			case "groups", "group", "customer-groups" -> kinds.remove(NodeKind.CUSTOMER_GROUP);
			case "topics", "topic" -> kinds.remove(NodeKind.TOPIC);
			case "channels", "channel" -> kinds.remove(NodeKind.CHANNEL);
			default -> throw new UsageException("--hide: no kind of node called '" + kind
					+ "' (teams, groups, topics, channels; cells always show)");
			}
		}
		return kinds;
	}

	private Set<String> focusIds(LoadedProject project) {
		Set<String> ids = new LinkedHashSet<>();
		for (String nameOrId : focus) {
			Identified object = MapObjects.find(project.plan(), nameOrId);
			if (object == null) {
				throw new UsageException(dir + ": --focus: no team, customer group, topic, channel or cell called '"
						+ nameOrId + "'");
			}
			ids.add(object.getId());
		}
		return ids;
	}
}
