package org.parley.ui.editor.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.parley.ui.emf.ChangeCommands;
import org.parley.ui.emf.ChangeVeto;

/**
 * The change vetoes other bundles contribute through {@code org.parley.ui.editor.changeVetoes}, installed on each
 * editing session's commands, so that a rule holds in every part of the editor.
 */
final class ContributedVetoes {

	static final String EXTENSION_POINT = "org.parley.ui.editor.changeVetoes";

	private ContributedVetoes() {
	}

	/** Adds every contributed veto to {@code commands}; one that cannot be loaded is logged and left out. */
	static void installInto(ChangeCommands commands) {
		if (Platform.getExtensionRegistry() == null) {
			return;
		}
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				commands.addVeto((ChangeVeto) element.createExecutableExtension("class"));
			} catch (CoreException | RuntimeException e) {
				ILog.of(ContributedVetoes.class).error("Cannot load the change veto " + element.getAttribute("class")
						+ " of " + element.getContributor().getName(), e);
			}
		}
	}
}
