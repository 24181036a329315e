/**
 * What the calendar's item context menu offers beyond moving, opening and deleting: status (guarded by the channel
 * rules), comments, and editing a series or one of its occurrences; and the veto that keeps items breaking an
 * error-level rule from being scheduled anywhere in the model editor.
 */
package org.parley.ui.calendar.actions;
