package org.parley.ui.editor;

import org.eclipse.emf.ecore.EObject;

/**
 * A page of the model editor that can narrow what it shows to what belongs to a model object: the calendar shows
 * the content items of a cell, a team, a channel… Other pages use it for "show in calendar".
 */
public interface FilteringPage {

	/** Whether the page can narrow to {@code object}. */
	boolean canFilterTo(EObject object);

	/** Narrows the page to what belongs to {@code object} (replacing the filter on that kind of object). */
	void filterTo(EObject object);
}
