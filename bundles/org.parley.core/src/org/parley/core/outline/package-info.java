/**
 * A project's content as its users think of it (strategy, calendar, listening), built headless from a loaded plan
 * for the workbench's Project Explorer.
 */
package org.parley.core.outline;
