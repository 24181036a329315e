/**
 * Quick fixes for validation findings, headless: what a fix needs to offer a choice ({@link
 * org.parley.core.validation.fix.NextPostingSlot#after}, {@link org.parley.core.validation.fix.OwnerCandidates#of})
 * and the change itself, applied to a project on disk by {@link org.parley.core.validation.fix.ProjectFix}.
 */
package org.parley.core.validation.fix;
