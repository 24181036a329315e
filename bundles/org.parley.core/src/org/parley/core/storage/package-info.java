/**
 * A Parley project as a folder of model files shared through Git: {@link org.parley.core.storage.ProjectStore} loads
 * and saves it, {@link org.parley.core.storage.ProjectLayout} says which file holds what, and
 * {@link org.parley.core.storage.ModelFileFormat} reads and writes one file in the deterministic, merge-friendly form.
 */
package org.parley.core.storage;
