package org.parley.ui.project;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.parley.core.storage.ModelFileFormat;

/** Which Parley projects a resource change touched, and how: model files, mention files, or the project itself. */
public final class ParleyChanges {

	private final Set<IProject> modelChanged = new LinkedHashSet<>();
	private final Set<IProject> mentionsChanged = new LinkedHashSet<>();
	private final Set<IProject> gone = new LinkedHashSet<>();

	private ParleyChanges() {
	}

	/** The changes of a {@code POST_CHANGE} event; marker-only changes do not count. */
	public static ParleyChanges of(IResourceChangeEvent event) {
		ParleyChanges changes = new ParleyChanges();
		IResourceDelta delta = event.getDelta();
		if (delta == null) {
			return changes;
		}
		try {
			delta.accept(changes::visit);
		} catch (CoreException e) {
			ILog.of(ParleyChanges.class).log(e.getStatus());
		}
		return changes;
	}

	private boolean visit(IResourceDelta delta) {
		IResource resource = delta.getResource();
		if (resource.getType() == IResource.ROOT) {
			return true;
		}
		if (resource instanceof IProject project) {
			boolean openedOrAdded = delta.getKind() == IResourceDelta.ADDED
					|| (delta.getFlags() & (IResourceDelta.OPEN | IResourceDelta.DESCRIPTION)) != 0;
			if (delta.getKind() == IResourceDelta.REMOVED || !project.isOpen()) {
				gone.add(project);
				return false;
			}
			if (!ParleyNature.isParleyProject(project)) {
				return false;
			}
			if (openedOrAdded) {
				modelChanged.add(project);
			}
			return true;
		}
		if (resource.getType() == IResource.FILE && isContentChange(delta)) {
			if (ModelFileFormat.EXTENSION.equals(resource.getFileExtension())) {
				modelChanged.add(resource.getProject());
			} else if (resource.getProjectRelativePath().toString().startsWith("listening/mentions/")) {
				mentionsChanged.add(resource.getProject());
			}
		}
		return true;
	}

	private static boolean isContentChange(IResourceDelta delta) {
		return delta.getKind() != IResourceDelta.CHANGED
				|| (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.MOVED_FROM
						| IResourceDelta.MOVED_TO)) != 0;
	}

	/** Projects whose model files were added, changed or removed, or that were opened or created. */
	public Set<IProject> modelChanged() {
		return modelChanged;
	}

	/** Projects whose stored mentions changed (and whose model did not). */
	public Set<IProject> mentionsChanged() {
		Set<IProject> only = new LinkedHashSet<>(mentionsChanged);
		only.removeAll(modelChanged);
		return only;
	}

	/** Projects closed or deleted. */
	public Set<IProject> gone() {
		return gone;
	}
}
