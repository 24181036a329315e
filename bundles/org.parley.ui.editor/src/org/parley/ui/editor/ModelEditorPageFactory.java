package org.parley.ui.editor;

import org.eclipse.ui.forms.editor.IFormPage;

/**
 * Makes a page of the model editor for another bundle (the matrix, the map, the calendar), contributed through the
 * extension point {@code org.parley.ui.editor.pages}:
 *
 * <pre>
 * &lt;extension point="org.parley.ui.editor.pages"&gt;
 *    &lt;page id="org.parley.ui.matrix.page" class="org.parley.ui.matrix.MatrixPageFactory" replaces="matrix"/&gt;
 *    &lt;page id="org.parley.ui.matrix.map" class="org.parley.ui.matrix.map.MapPageFactory" after="matrix"/&gt;
 * &lt;/extension&gt;
 * </pre>
 *
 * {@code replaces} names a built-in page ({@link ModelEditor#MATRIX}, {@link ModelEditor#CALENDAR} …) whose place
 * the new page takes; {@code after} names a page (built-in or contributed) to insert it after; with neither, the page
 * comes last. A page that also implements {@link SessionPage} follows reloads, model changes and findings; one that
 * implements {@link RevealingPage} is asked to show objects (the active page first).
 */
public interface ModelEditorPageFactory {

	/** The page for {@code editor}; its {@code getId()} is how other pages and {@link ModelEditor#setActivePage} name it. */
	IFormPage createPage(ModelEditor editor);
}
