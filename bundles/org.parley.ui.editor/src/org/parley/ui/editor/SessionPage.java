package org.parley.ui.editor;

/** A page of the model editor that follows its session: a reload, a change of the model, new findings. */
public interface SessionPage {

	/** The editor reloaded the project: show the new session's model. */
	void sessionChanged();

	/** A command changed the model. */
	void modelChanged();

	/** Validation ran again. */
	void findingsChanged();
}
