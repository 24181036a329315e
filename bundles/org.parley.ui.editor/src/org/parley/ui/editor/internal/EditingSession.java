package org.parley.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.validation.Finding;
import org.parley.core.validation.PlanValidator;
import org.parley.model.Plan;
import org.parley.model.provider.ParleyItemProviderAdapterFactory;
import org.parley.ui.emf.ChangeCommands;
import org.parley.ui.emf.ItemLabelProvider;

/**
 * One loaded project being edited: its model, the editing domain whose command stack records every change, the
 * commands to change it, and the latest validation findings. An editor that reloads from disk gets a new session
 * on the same command stack.
 */
public final class EditingSession {

	private final LoadedProject project;
	private final ComposedAdapterFactory adapterFactory;
	private final AdapterFactoryEditingDomain domain;
	private final ChangeCommands commands;
	private ItemLabelProvider labels;
	private List<Finding> findings = List.of();

	private EditingSession(LoadedProject project, CommandStack stack) {
		this.project = project;
		this.adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ParleyItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		this.domain = new AdapterFactoryEditingDomain(adapterFactory, stack, project.resourceSet());
		this.commands = new ChangeCommands(domain, adapterFactory);
		ContributedVetoes.installInto(commands);
	}

	/** Loads the project in {@code root} (the folder holding plan.parley) for editing on {@code stack}. */
	public static EditingSession load(Path root, CommandStack stack) throws IOException {
		return new EditingSession(new ProjectStore().load(root), stack);
	}

	/** Writes every changed file, atomically. */
	public void save() throws IOException {
		new ProjectStore().save(project);
	}

	/** Validates the whole plan again; {@link #findings()} then tells the result. */
	public List<Finding> validate() {
		findings = new PlanValidator().validate(plan());
		return findings;
	}

	public List<Finding> findings() {
		return findings;
	}

	/** The findings about {@code object} (not about what it contains). */
	public List<Finding> findingsOf(EObject object) {
		URI uri = EcoreUtil.getURI(object);
		List<Finding> found = new ArrayList<>();
		for (Finding finding : findings) {
			if (uri.equals(finding.objectUri())) {
				found.add(finding);
			}
		}
		return found;
	}

	/** The object an URI names, as a finding or a problem marker gives it; {@code null} when there is none. */
	public EObject objectAt(URI uri) {
		if (uri == null) {
			return null;
		}
		EObject object = null;
		if (!uri.trimFragment().isEmpty()) {
			try {
				object = project.resourceSet().getEObject(uri, false);
			} catch (RuntimeException e) {
				object = null;
			}
		}
		// A marker may name the file differently (workspace path, symlink): the id in the fragment is enough.
		return object == null && uri.hasFragment() ? objectWithId(uri.fragment()) : object;
	}

	/** The object of the plan with this id; {@code null} when there is none. */
	public EObject objectWithId(String id) {
		if (id == null) {
			return null;
		}
		if (id.equals(plan().getId())) {
			return plan();
		}
		for (var all = plan().eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (id.equals(EcoreUtil.getID(object))) {
				return object;
			}
		}
		return null;
	}

	public Plan plan() {
		return project.plan();
	}

	public LoadedProject project() {
		return project;
	}

	public Path directory() {
		return project.directory();
	}

	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	public ComposedAdapterFactory adapterFactory() {
		return adapterFactory;
	}

	public ChangeCommands commands() {
		return commands;
	}

	/** Labels of this session's objects for parts outside the editor (their images go with the session); UI thread. */
	public ItemLabelProvider labels() {
		if (labels == null) {
			labels = new ObjectLabels(adapterFactory);
		}
		return labels;
	}

	public void dispose() {
		if (labels != null) {
			labels.dispose();
		}
		adapterFactory.dispose();
	}
}
