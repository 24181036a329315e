/**
 * Validation of a plan: Parley's rules (channel rules, strategy coverage, content workflow, merge leftovers) as an
 * EMF {@link org.eclipse.emf.ecore.EValidator} ({@link org.parley.core.validation.ParleyValidator}) that
 * {@code Diagnostician.INSTANCE} runs once registered, and {@link org.parley.core.validation.PlanValidator} to
 * list the findings of a whole plan. Rule ids ({@link org.parley.core.validation.Rule}) are stable API.
 */
package org.parley.core.validation;
