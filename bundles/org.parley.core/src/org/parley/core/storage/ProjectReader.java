package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.parley.model.ChannelCatalog;
import org.parley.model.Listening;
import org.parley.model.Matrix;
import org.parley.model.ModelFile;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;

/**
 * Loads a project folder file by file; a file that fails is recorded as a problem and the others still load.
 */
final class ProjectReader {

	private final ProjectLayout layout;
	private final ResourceSet resourceSet = ModelFileFormat.newResourceSet();
	private final List<ModelFileException> problems = new ArrayList<>();

	private ProjectReader(ProjectLayout layout) {
		this.layout = layout;
	}

	static Project read(ProjectLayout layout) throws ModelFileException {
		if (!Files.isRegularFile(layout.planFile())) {
			throw new ModelFileException(layout.planFile(), 0, 0, "is missing: the folder is not a Parley project",
					null);
		}
		return new ProjectReader(layout).read();
	}

	private Project read() throws ModelFileException {
		Plan plan = load(layout.planFile(), Plan.class);
		if (plan == null) {
			// A stand-in keeps the other aggregates reachable; the unreadable plan file is never overwritten.
			plan = ParleyFactory.eINSTANCE.createPlan();
		}
		Plan target = plan;
		loadIfPresent(ProjectLayout.STRATEGY, Strategy.class, target::setStrategy);
		loadIfPresent(ProjectLayout.MATRIX, Matrix.class, target::setMatrix);
		loadIfPresent(ProjectLayout.CHANNELS, ChannelCatalog.class, target::setChannels);
		loadIfPresent(ProjectLayout.LISTENING, Listening.class, target::setListening);
		for (Path file : scheduleFiles()) {
			Schedule schedule = load(file, Schedule.class);
			if (schedule != null) {
				plan.getSchedules().add(schedule);
			}
		}
		return new Project(layout, resourceSet, plan, problems);
	}

	private <T extends ModelFile> void loadIfPresent(String name, Class<T> type, Consumer<T> attach) {
		Path file = layout.file(name);
		if (Files.exists(file)) {
			T aggregate = load(file, type);
			if (aggregate != null) {
				attach.accept(aggregate);
			}
		}
	}

	private <T extends ModelFile> T load(Path file, Class<T> type) {
		try {
			return ModelFileFormat.read(resourceSet, file, type);
		} catch (ModelFileException e) {
			problems.add(e);
			return null;
		}
	}

	private List<Path> scheduleFiles() throws ModelFileException {
		Path folder = layout.schedulesFolder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().endsWith("." + ModelFileFormat.EXTENSION))
					.filter(Files::isRegularFile).sorted().toList();
		} catch (IOException e) {
			throw new ModelFileException(folder, 0, 0, "cannot be listed: " + e.getMessage(), e);
		}
	}
}
