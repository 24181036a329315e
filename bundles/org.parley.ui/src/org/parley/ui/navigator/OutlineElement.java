package org.parley.ui.navigator;

import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.core.outline.OutlineNode;

/**
 * A node of a project's outline in the Project Explorer. Equal to the same node of a later load (same project and
 * key), so that the tree keeps what was expanded and selected when the model reloads. Adapts to the model object it
 * stands for, and to whatever that object adapts to (the Properties view's property source among them).
 */
public final class OutlineElement implements IAdaptable {

	private final IProject project;
	private final Object parent;
	private final OutlineNode node;

	OutlineElement(IProject project, Object parent, OutlineNode node) {
		this.project = project;
		this.parent = parent;
		this.node = node;
	}

	/** The elements of nodes below {@code parent}. */
	static Object[] of(IProject project, Object parent, List<OutlineNode> nodes) {
		return nodes.stream().map(n -> new OutlineElement(project, parent, n)).toArray();
	}

	public IProject project() {
		return project;
	}

	/** The project, or the element above. */
	public Object parent() {
		return parent;
	}

	public OutlineNode node() {
		return node;
	}

	/** The URI of the model object this element stands for, or {@code null} for a group. */
	public URI objectUri() {
		return node.object() == null || node.kind().isGroup() ? null : EcoreUtil.getURI(node.object());
	}

	/** The model object this element stands for, or {@code null} for a group. */
	public EObject object() {
		return node.kind().isGroup() ? null : node.object();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		EObject object = object();
		if (object == null) {
			return null;
		}
		return adapter.isInstance(object) ? adapter.cast(object) : Adapters.adapt(object, adapter);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OutlineElement that && project.equals(that.project) && node.key().equals(that.node.key());
	}

	@Override
	public int hashCode() {
		return Objects.hash(project, node.key());
	}

	@Override
	public String toString() {
		return node.label();
	}
}
