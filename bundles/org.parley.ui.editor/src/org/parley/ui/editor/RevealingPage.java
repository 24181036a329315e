package org.parley.ui.editor;

import org.eclipse.emf.ecore.EObject;

/** A page of the model editor that can show model objects: the editor asks it to reveal an object or a marker's. */
public interface RevealingPage {

	/** Whether the page shows {@code object}. */
	boolean shows(EObject object);

	/** Selects and reveals {@code object}, which the page {@linkplain #shows(EObject) shows}. */
	void select(EObject object);
}
