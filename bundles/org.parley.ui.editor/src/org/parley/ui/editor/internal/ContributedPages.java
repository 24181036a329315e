package org.parley.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.forms.editor.IFormPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.ModelEditorPageFactory;

/**
 * The model editor's pages in order: the built-in ones, with the pages other bundles contribute through
 * {@code org.parley.ui.editor.pages} put in their place.
 */
public final class ContributedPages {

	public static final String EXTENSION_POINT = "org.parley.ui.editor.pages";

	/** A page to add, by id, made when the editor adds its pages. */
	public record PageSlot(String id, Supplier<IFormPage> page) {
	}

	private ContributedPages() {
	}

	/** {@code builtIn} rearranged by the contributions; a contribution that cannot be loaded is logged and left out. */
	public static List<PageSlot> arrange(ModelEditor editor, List<PageSlot> builtIn) {
		List<PageSlot> pages = new ArrayList<>(builtIn);
		List<IConfigurationElement> pending = new ArrayList<>(
				List.of(Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)));
		// Several passes, so that a page may come after a page contributed by another bundle.
		boolean placed = true;
		while (!pending.isEmpty() && placed) {
			placed = false;
			for (var it = pending.iterator(); it.hasNext();) {
				IConfigurationElement element = it.next();
				if (place(editor, pages, element, false)) {
					it.remove();
					placed = true;
				}
			}
		}
		for (IConfigurationElement element : pending) {
			place(editor, pages, element, true);
		}
		return pages;
	}

	private static boolean place(ModelEditor editor, List<PageSlot> pages, IConfigurationElement element,
			boolean atEnd) {
		String replaces = element.getAttribute("replaces");
		String after = element.getAttribute("after");
		PageSlot slot = new PageSlot(element.getAttribute("id"), () -> create(editor, element));
		if (atEnd) {
			pages.add(slot);
			return true;
		}
		if (replaces != null) {
			int index = indexOf(pages, replaces);
			if (index >= 0) {
				pages.set(index, slot);
				return true;
			}
			return false;
		}
		if (after != null) {
			int index = indexOf(pages, after);
			if (index >= 0) {
				pages.add(index + 1, slot);
				return true;
			}
			return false;
		}
		pages.add(slot);
		return true;
	}

	private static int indexOf(List<PageSlot> pages, String id) {
		for (int i = 0; i < pages.size(); i++) {
			if (id.equals(pages.get(i).id())) {
				return i;
			}
		}
		return -1;
	}

	private static IFormPage create(ModelEditor editor, IConfigurationElement element) {
		try {
			return ((ModelEditorPageFactory) element.createExecutableExtension("class")).createPage(editor);
		} catch (CoreException | RuntimeException e) {
			ILog.of(ContributedPages.class).error("Cannot make the model editor page " + element.getAttribute("id")
					+ " of " + element.getContributor().getName(), e);
			return null;
		}
	}
}
