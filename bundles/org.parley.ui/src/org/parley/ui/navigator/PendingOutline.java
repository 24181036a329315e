package org.parley.ui.navigator;

import org.eclipse.core.resources.IProject;

/**
 * Stands in the Project Explorer for a project's outline while its model loads, or when it could not load.
 *
 * @param project the project
 * @param message what the user reads, such as "Loading the plan…"
 */
public record PendingOutline(IProject project, String message) {
}
