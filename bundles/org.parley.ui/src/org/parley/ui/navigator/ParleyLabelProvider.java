package org.parley.ui.navigator;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.parley.core.validation.ObjectLabel;

/** Names and icons of the outline's nodes; the status line shows what kind of object is selected. */
public class ParleyLabelProvider extends LabelProvider implements ICommonLabelProvider {

	private final ParleyImages images = new ParleyImages();

	@Override
	public void init(ICommonContentExtensionSite site) {
		// nothing to configure
	}

	@Override
	public String getText(Object element) {
		if (element instanceof OutlineElement outline) {
			int count = outline.node().children().size();
			return outline.node().kind().isGroup() && count > 0 && outline.parent() instanceof OutlineElement
					? outline.node().label() + " (" + count + ")"
					: outline.node().label();
		}
		return element instanceof PendingOutline pending ? pending.message() : null;
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof OutlineElement outline) {
			return images.image(outline.node().kind());
		}
		return element instanceof PendingOutline pending
				? images.pending(!ParleyContentProvider.LOADING.equals(pending.message()))
				: null;
	}

	@Override
	public String getDescription(Object element) {
		if (element instanceof OutlineElement outline) {
			return outline.node().object() == null || outline.node().kind().isGroup() ? outline.node().label()
					: ObjectLabel.of(outline.node().object());
		}
		return getText(element);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing kept between sessions
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing kept between sessions
	}
}
