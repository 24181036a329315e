package org.parley.representation.map;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Identified;
import org.parley.model.Named;
import org.parley.model.Plan;

/** Finds what a user names for the map (a focus): a team, customer group, topic or channel by id or name. */
public final class MapObjects {

	private MapObjects() {
	}

	/** The team, group, topic, channel or cell whose id is {@code nameOrId}, else the first named so; null if none. */
	public static Identified find(Plan plan, String nameOrId) {
		List<Identified> candidates = new ArrayList<>();
		if (plan.getStrategy() != null) {
			candidates.addAll(plan.getStrategy().getTeams());
			candidates.addAll(plan.getStrategy().getCustomerGroups());
			candidates.addAll(plan.getStrategy().getTopics());
		}
		if (plan.getChannels() != null) {
			candidates.addAll(plan.getChannels().getChannels());
		}
		if (plan.getMatrix() != null) {
			candidates.addAll(plan.getMatrix().getCells());
		}
		for (Identified candidate : candidates) {
			if (nameOrId.equals(candidate.getId())) {
				return candidate;
			}
		}
		for (Identified candidate : candidates) {
			if (candidate instanceof Named named && nameOrId.equalsIgnoreCase(named.getName())) {
				return candidate;
			}
		}
		return null;
	}
}
