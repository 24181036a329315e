package org.parley.representation.matrix;

import org.parley.model.Named;

/**
 * A row or column header of the matrix: a team or a customer group.
 *
 * @param detail the team's function or the group's stage, as a user reads it ("Customer service")
 */
public record Axis(Named object, String name, String detail) {

	public String id() {
		return object.getId();
	}
}
