package org.parley.ui.project;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.wizards.datatransfer.ProjectConfigurator;
import org.parley.core.storage.ProjectLayout;

/**
 * Lets File > Open Projects from File System recognise a Parley project in a clone that has no {@code .project}
 * (one made with {@code parley new-sample}, say): every folder with a {@code plan.parley} becomes a project with
 * the Parley nature. Clones with a {@code .project} import through File > Import > Existing Projects as they are.
 */
public class ParleyProjectConfigurator implements ProjectConfigurator {

	private static final int MAX_DEPTH = 4;

	@Override
	public Set<File> findConfigurableLocations(File root, IProgressMonitor monitor) {
		Set<File> found = new LinkedHashSet<>();
		try {
			Files.walkFileTree(root.toPath(), Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
					if (monitor != null && monitor.isCanceled()) {
						return FileVisitResult.TERMINATE;
					}
					String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
					if (!dir.equals(root.toPath()) && (name.startsWith(".") || name.equals("target"))) {
						return FileVisitResult.SKIP_SUBTREE;
					}
					if (Files.isRegularFile(dir.resolve(ProjectLayout.PLAN))) {
						found.add(dir.toFile());
						return FileVisitResult.SKIP_SUBTREE;
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			ILog.of(ParleyProjectConfigurator.class).warn(root + ": cannot look for Parley projects: " + e.getMessage());
		}
		return found;
	}

	@Override
	public boolean shouldBeAnEclipseProject(IContainer container, IProgressMonitor monitor) {
		return container.getFile(IPath.fromPortableString(ProjectLayout.PLAN)).exists();
	}

	@Override
	public Set<IFolder> getFoldersToIgnore(IProject project, IProgressMonitor monitor) {
		return Set.of();
	}

	@Override
	public boolean canConfigure(IProject project, Set<IPath> ignoredPaths, IProgressMonitor monitor) {
		return shouldBeAnEclipseProject(project, monitor);
	}

	@Override
	public void configure(IProject project, Set<IPath> ignoredPaths, IProgressMonitor monitor) {
		try {
			if (!ParleyNature.isParleyProject(project)) {
				ParleyProjectCreation.addNature(project, monitor);
			}
			ParleyProjectCreation.setEncoding(project, monitor);
		} catch (CoreException e) {
			ILog.of(ParleyProjectConfigurator.class).log(e.getStatus());
		}
	}
}
