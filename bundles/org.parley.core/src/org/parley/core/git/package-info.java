/** Setting up Git repositories for Parley projects: {@link org.parley.core.git.GitSetup} registers the merge driver. */
package org.parley.core.git;
