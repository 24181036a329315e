package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.parley.core.storage.LoadProblem;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectLayout;
import org.parley.core.storage.ProjectStore;

/** Loads the project a command names, turning unreadable input into one clear line per problem. */
final class ProjectFolder {

	private ProjectFolder() {
	}

	/** Loads {@code dir}; when any model file fails to load, reports each problem and stops with exit code 2. */
	static LoadedProject load(Path dir, PrintWriter err) {
		if (!Files.isDirectory(dir)) {
			throw new UsageException(dir + ": not a project folder (no such directory)");
		}
		if (!Files.isRegularFile(dir.resolve(ProjectLayout.PLAN))) {
			throw new UsageException(dir + ": not a Parley project (no " + ProjectLayout.PLAN + ")");
		}
		LoadedProject project;
		try {
			project = new ProjectStore().load(dir);
		} catch (IOException e) {
			throw new UsageException(dir + ": cannot read the project: " + e.getMessage(), e);
		}
		if (!project.problems().isEmpty()) {
			for (LoadProblem problem : project.problems()) {
				err.println(problem);
			}
			throw new UsageException(dir + ": " + project.failedFiles().size() + " model file(s) do not load, see above");
		}
		return project;
	}
}
