package org.parley.core.validation.fix;

import java.util.List;

import org.parley.model.ConversationCell;
import org.parley.model.Member;

/** The fix for {@code strategy.cell-without-owner}: the members of the cell's team, one of whom takes it over. */
public final class OwnerCandidates {

	private OwnerCandidates() {
	}

	/** The members of the cell's team, in the team's order; empty when the cell names no team. */
	public static List<Member> of(ConversationCell cell) {
		return cell.getTeam() == null ? List.of() : List.copyOf(cell.getTeam().getMembers());
	}

	/**
	 * Makes the member with the given id the owner of the cell.
	 *
	 * @throws IllegalArgumentException when no member of the cell's team has that id
	 */
	public static Member assign(ConversationCell cell, String memberId) {
		Member member = of(cell).stream().filter(m -> memberId.equals(m.getId())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No member " + memberId + " in the team of the cell"));
		cell.setOwner(member);
		return member;
	}
}
