package org.parley.ui.navigator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.core.outline.OutlineNode;
import org.parley.core.outline.PlanOutline;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.store.MentionStore;
import org.parley.ui.project.ParleyChanges;

/**
 * The outlines of the workspace's Parley projects, loaded in jobs (never on the UI thread) and loaded again when a
 * model or mention file changes on disk. Listeners hear of each project whose outline is new.
 */
public final class ProjectOutlines {

	/** The family of the loading jobs, to wait for them. */
	public static final Object FAMILY = ProjectOutlines.class;

	private static final ProjectOutlines INSTANCE = new ProjectOutlines();

	private final Map<IProject, List<OutlineNode>> loaded = new ConcurrentHashMap<>();
	private final Map<IProject, String> failed = new ConcurrentHashMap<>();
	private final Map<IProject, LoadJob> jobs = new ConcurrentHashMap<>();
	/** Counts the changes of each project, so that a load that read files changed meanwhile loads again. */
	private final Map<IProject, AtomicLong> changes = new ConcurrentHashMap<>();
	private final List<Consumer<IProject>> listeners = new CopyOnWriteArrayList<>();
	private final IResourceChangeListener listener = this::resourcesChanged;

	private ProjectOutlines() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
	}

	/** The outlines shared by every Project Explorer. */
	public static ProjectOutlines get() {
		return INSTANCE;
	}

	/** The outline of the project, or {@code null} while it loads (a load is then scheduled). */
	public List<OutlineNode> outline(IProject project) {
		List<OutlineNode> outline = loaded.get(project);
		if (outline == null && !failed.containsKey(project)) {
			load(project);
		}
		return outline;
	}

	/** Why the project's outline could not be loaded, or {@code null}. */
	public String failure(IProject project) {
		return failed.get(project);
	}

	/** Calls {@code listener} (on any thread) with each project whose outline changed. */
	public void addListener(Consumer<IProject> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<IProject> listener) {
		listeners.remove(listener);
	}

	private void load(IProject project) {
		changes.computeIfAbsent(project, p -> new AtomicLong()).incrementAndGet();
		jobs.computeIfAbsent(project, LoadJob::new).schedule(100);
	}

	private long changeCount(IProject project) {
		return changes.computeIfAbsent(project, p -> new AtomicLong()).get();
	}

	private void resourcesChanged(IResourceChangeEvent event) {
		ParleyChanges parley = ParleyChanges.of(event);
		for (IProject project : parley.gone()) {
			loaded.remove(project);
			failed.remove(project);
			changes.remove(project);
			LoadJob job = jobs.remove(project);
			if (job != null) {
				job.cancel();
			}
		}
		for (IProject project : parley.modelChanged()) {
			failed.remove(project);
			load(project);
		}
		for (IProject project : parley.mentionsChanged()) {
			load(project);
		}
	}

	/** Loads one project's model and builds its outline. */
	private final class LoadJob extends Job {

		private final IProject project;

		LoadJob(IProject project) {
			super("Loading the plan of " + project.getName());
			this.project = project;
			setSystem(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, getName(), 3);
			if (project.getLocation() == null || !project.isOpen()) {
				return Status.OK_STATUS;
			}
			Path directory = project.getLocation().toFile().toPath();
			List<OutlineNode> outline;
			String failure = null;
			long seen;
			do {
				seen = changeCount(project);
				try {
					LoadedProject model = new ProjectStore().load(directory);
					outline = PlanOutline.of(model.plan(), mentionCount(directory));
				} catch (IOException | RuntimeException e) {
					outline = null;
					failure = "The plan could not be loaded: " + e.getMessage();
				}
				if (progress.isCanceled() || jobs.get(project) != this) {
					return Status.CANCEL_STATUS;
				}
				// files changed while they were read: read them again rather than show a stale outline
			} while (seen != changeCount(project));
			progress.worked(2);
			if (outline != null) {
				loaded.put(project, outline);
				failed.remove(project);
			} else {
				loaded.remove(project);
				failed.put(project, failure);
			}
			listeners.forEach(l -> l.accept(project));
			if (seen != changeCount(project)) {
				schedule(100);
			}
			return Status.OK_STATUS;
		}

		private static long mentionCount(Path directory) {
			try {
				return new MentionStore(directory).all().size();
			} catch (IOException e) {
				return -1;
			}
		}
	}
}
