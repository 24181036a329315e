package org.parley.representation.calendar.edit;

import java.util.List;

/** An edit that cannot be made as asked, with every reason in sentences a user can act on. */
public final class InvalidEditException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public InvalidEditException(List<String> problems) {
		super(String.join(" ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
