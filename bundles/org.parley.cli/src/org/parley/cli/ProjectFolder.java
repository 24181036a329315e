package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.core.storage.ModelFileException;
import org.parley.core.storage.Project;
import org.parley.core.storage.ProjectLayout;

/** Loads the project a command names, turning unreadable input into one clear line per problem. */
final class ProjectFolder {

	private ProjectFolder() {
	}

	/** Loads {@code dir}; when any model file fails to load, reports each problem and stops with exit code 2. */
	static Project load(Path dir, PrintWriter err) {
		if (!Files.isDirectory(dir)) {
			throw new UsageException(dir + ": not a project folder (no such directory)");
		}
		if (!Files.isRegularFile(new ProjectLayout(dir).planFile())) {
			throw new UsageException(dir + ": not a Parley project (no " + ProjectLayout.PLAN + ")");
		}
		Project project;
		try {
			project = Project.open(dir);
		} catch (ModelFileException e) {
			throw new UsageException(e.getMessage(), e);
		}
		if (!project.problems().isEmpty()) {
			for (ModelFileException problem : project.problems()) {
				err.println(problem.getMessage());
			}
			throw new UsageException(dir + ": " + project.problems().size() + " model file(s) do not load, see above");
		}
		return project;
	}
}
