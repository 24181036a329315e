package org.parley.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.parley.model.Strategy;
import org.parley.model.Topic;
import org.parley.ui.emf.ItemContentProvider;

/**
 * The item providers' tree, except that topics nest under their parent topic (a reference, not a containment, so
 * that the strategy keeps one flat list of topics in its file): the strategy shows its top-level topics, each topic
 * its sub-topics.
 */
final class TopicTreeContentProvider extends ItemContentProvider {

	TopicTreeContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Strategy) {
			List<Object> children = new ArrayList<>();
			for (Object child : super.getChildren(parent)) {
				if (!(child instanceof Topic topic) || topic.getParent() == null) {
					children.add(child);
				}
			}
			return children.toArray();
		}
		if (parent instanceof Topic topic && topic.eContainer() instanceof Strategy strategy) {
			return strategy.getTopics().stream().filter(t -> t.getParent() == topic).toArray();
		}
		return super.getChildren(parent);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof Topic) {
			return getChildren(element).length > 0;
		}
		return super.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof Topic topic && topic.getParent() != null) {
			return topic.getParent();
		}
		return super.getParent(element);
	}
}
