package org.parley.representation.calendar.filter;

import java.util.Objects;

import org.parley.representation.calendar.CalendarFilter;

/**
 * A calendar view a user named and saved: the filter and the kind of view ({@code month}, {@code week},
 * {@code agenda}, {@code timeline}; whatever the calendar page calls them).
 */
public record SavedView(String name, CalendarFilter filter, String viewKind) {

	public SavedView {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A saved view needs a name");
		}
		name = name.strip();
		Objects.requireNonNull(filter, "filter");
	}
}
