package org.parley.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.emf.ecore.EObject;
import org.parley.core.storage.LoadProblem;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ObjectLines;
import org.parley.core.storage.ProjectStore;
import org.parley.core.validation.Finding;
import org.parley.core.validation.PlanValidator;
import org.parley.core.validation.Rule;
import org.parley.core.validation.Severity;
import org.parley.core.validation.fix.NextPostingSlot;
import org.parley.core.validation.fix.OwnerCandidates;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.ui.project.ModelEditors;

/**
 * Validates one Parley project in the background: loads it from disk, runs {@link PlanValidator}, and replaces the
 * project's Parley problem markers with one per finding and per load problem, on the file that holds the object,
 * at the object's line.
 */
public class ValidateProjectJob extends Job {

	/** The family of validation jobs, to wait for them. */
	public static final Object FAMILY = ValidateProjectJob.class;

	private final IProject project;

	public ValidateProjectJob(IProject project) {
		super("Validating " + project.getName());
		this.project = project;
		setRule(new OneValidationPerProject(project));
	}

	public IProject project() {
		return project;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Not once the workbench closes: the workspace may be gone before the markers are written. */
	@Override
	public boolean shouldRun() {
		return !PlatformUI.isWorkbenchRunning() || !PlatformUI.getWorkbench().isClosing();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
		if (!project.isOpen() || project.getLocation() == null) {
			return Status.OK_STATUS;
		}
		Path directory = project.getLocation().toFile().toPath();
		List<MarkerSpec> markers = new ArrayList<>();
		try {
			progress.subTask("Loading the plan");
			LoadedProject loaded = new ProjectStore().load(directory);
			progress.worked(4);
			for (LoadProblem problem : loaded.problems()) {
				markers.add(loadMarker(problem));
			}
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask("Checking the rules");
			for (Finding finding : new PlanValidator().validate(loaded.plan())) {
				markers.add(findingMarker(loaded, finding));
			}
			progress.worked(4);
		} catch (IOException | RuntimeException e) {
			return Status.error(directory + ": cannot validate: " + e.getMessage(), e);
		}
		if (progress.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		try {
			IWorkspace workspace = ResourcesPlugin.getWorkspace();
			workspace.run(m -> replaceMarkers(markers), workspace.getRuleFactory().markerRule(project),
					IWorkspace.AVOID_UPDATE, progress.split(2));
		} catch (CoreException e) {
			return e.getStatus();
		}
		return Status.OK_STATUS;
	}

	private void replaceMarkers(List<MarkerSpec> markers) throws CoreException {
		if (!project.isAccessible()) {
			return;
		}
		project.deleteMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_INFINITE);
		for (MarkerSpec spec : markers) {
			IResource resource = spec.resource() != null && spec.resource().exists() ? spec.resource() : project;
			resource.createMarker(ProblemMarkers.TYPE, spec.attributes());
		}
	}

	private MarkerSpec loadMarker(LoadProblem problem) {
		IFile file = fileFor(problem.file());
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		attributes.put(IMarker.MESSAGE, problem.file().getFileName() + ": " + problem.message());
		attributes.put(ProblemMarkers.RULE, ProblemMarkers.LOAD_RULE);
		attributes.put(IMarker.LOCATION, location(problem.line()));
		if (problem.line() > 0) {
			attributes.put(IMarker.LINE_NUMBER, problem.line());
		}
		return new MarkerSpec(file, attributes);
	}

	private MarkerSpec findingMarker(LoadedProject loaded, Finding finding) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severity(finding.severity()));
		attributes.put(IMarker.MESSAGE, finding.message());
		attributes.put(ProblemMarkers.RULE, finding.ruleId());
		IFile file = null;
		if (finding.objectUri() != null) {
			attributes.put(ProblemMarkers.URI, finding.objectUri().toString());
			file = ModelEditors.fileOf(finding.objectUri());
			int line = file == null || file.getLocation() == null ? 0
					: ObjectLines.lineOf(file.getLocation().toFile().toPath(), finding.objectUri().fragment());
			if (line > 0) {
				attributes.put(IMarker.LINE_NUMBER, line);
			}
			attributes.put(IMarker.LOCATION, finding.objectLabel() + (line > 0 ? ", line " + line : ""));
			EObject object = loaded.resourceSet().getEObject(finding.objectUri(), false);
			addFixFacts(finding.ruleId(), object, attributes);
		}
		return new MarkerSpec(file, attributes);
	}

	/** What the quick fixes offer, worked out now so that the Problems view need not load the model. */
	private static void addFixFacts(String ruleId, EObject object, Map<String, Object> attributes) {
		if (Rule.OUTSIDE_POSTING_WINDOW.id().equals(ruleId)) {
			ContentItem item = NextPostingSlot.itemOf(object);
			if (item != null) {
				NextPostingSlot.after(item).ifPresent(slot -> attributes.put(ProblemMarkers.NEXT_SLOT, slot.toString()));
			}
		} else if (Rule.CELL_WITHOUT_OWNER.id().equals(ruleId) && object instanceof ConversationCell cell) {
			String owners = OwnerCandidates.of(cell).stream().map(m -> m.getId() + "\t" + m.getName())
					.collect(Collectors.joining("\n"));
			if (!owners.isEmpty()) {
				attributes.put(ProblemMarkers.OWNERS, owners);
			}
		}
	}

	private IFile fileFor(Path path) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(path.toUri());
		return files.length == 0 ? null : files[0];
	}

	private static String location(int line) {
		return line > 0 ? "line " + line : "";
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}

	/** A marker to create: on which file (the project when {@code null}) and with what. */
	private record MarkerSpec(IResource resource, Map<String, Object> attributes) {
	}

	/** Two validations of one project never run at once; validations of different projects may. */
	private record OneValidationPerProject(IProject project) implements ISchedulingRule {

		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof OneValidationPerProject other && other.project.equals(project);
		}
	}
}
