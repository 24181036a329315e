package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ModelFileFormat;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.sample.SampleMentions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley new-sample DIR}: writes the bundled sample project into a new folder. */
@Command(name = "new-sample", mixinStandardHelpOptions = true,
		description = "Creates the sample project (giffgaff, Sky, Virgin Media, Starbucks: teams, customer groups, "
				+ "topics, channels, KPIs, matrix, a quarter of content, listening, and a quarter of analysed forum mentions) in DIR, which must be new or empty.")
public class NewSampleCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the folder to create the project in")
	Path dir;

	@Option(names = "--without-mentions", description = "the plan only: no listening data")
	boolean withoutMentions;

	@Override
	public Integer call() throws IOException {
		if (Files.exists(dir) && !isEmptyDirectory(dir)) {
			throw new UsageException(dir + ": already exists and is not empty; choose a new folder");
		}
		ProjectStore store = new ProjectStore();
		LoadedProject project = store.create(dir, SampleProject.create());
		store.save(project);
		int mentions = 0;
		if (!withoutMentions) {
			SampleMentions.addTo(dir, project.plan());
			mentions = SampleMentions.create().size();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			long count = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith("." + ModelFileFormat.EXTENSION)).count();
			spec.commandLine().getOut().println("Created the sample project in " + dir + " (" + count + " model files, "
					+ mentions + " mentions)");
		}
		return ExitCode.OK;
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}
}
