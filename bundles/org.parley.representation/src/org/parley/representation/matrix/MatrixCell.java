package org.parley.representation.matrix;

import java.util.List;

import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Team;
import org.parley.representation.draw.Colour;

/**
 * What one place of the matrix shows: a conversation cell (its lines of text, its figures and heat), a gap (a team
 * and a group without a cell, which one click can fill), or a cell left out by the filter.
 *
 * @param cell        the conversation cell, or null for a gap or a filtered place
 * @param lines       owner, topics, tone, channels, KPI status and, with a heat overlay, the figure it shows
 * @param heat        0–1, 0 without an overlay
 * @param fill        the heat colour (white without an overlay)
 * @param hotUnplanned customers talk a lot about the cell's topics but nothing is planned for it
 * @param filtered    a cell that the brand, channel or topic filter leaves out
 */
public record MatrixCell(Team team, CustomerGroup group, ConversationCell cell, List<String> lines,
		CellFigures figures, double heat, Colour fill, boolean hotUnplanned, boolean filtered) {

	public boolean isGap() {
		return cell == null && !filtered;
	}
}
