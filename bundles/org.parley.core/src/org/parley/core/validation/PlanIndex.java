package org.parley.core.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Identified;
import org.parley.model.Plan;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * What the plan-wide rules need to know, computed once per validation run: which topics, teams and groups cells
 * cover, which cells repeat a pair, and every object by id.
 */
final class PlanIndex {

	private final Plan plan;
	private final Set<Topic> listedTopics = new HashSet<>();
	private final Set<Topic> topicsWithCoveredNarrower = new HashSet<>();
	private final Set<Team> teamsWithCell = new HashSet<>();
	private final Set<CustomerGroup> groupsWithCell = new HashSet<>();
	private final Map<ConversationCell, ConversationCell> firstCellOfPair = new IdentityHashMap<>();
	private final Map<String, EObject> byId = new HashMap<>();

	private PlanIndex(Plan plan) {
		this.plan = plan;
		Map<List<Object>, ConversationCell> pairs = new HashMap<>();
		List<ConversationCell> cells = plan.getMatrix() == null ? List.of() : plan.getMatrix().getCells();
		for (ConversationCell cell : cells) {
			for (Topic topic : cell.getTopics()) {
				listedTopics.add(topic);
				for (Topic t = topic.getParent(); t != null && topicsWithCoveredNarrower.add(t); t = t.getParent()) {
					// walks up once per branch; the add stops a cycle of parents
				}
			}
			if (cell.getTeam() != null) {
				teamsWithCell.add(cell.getTeam());
			}
			if (cell.getCustomerGroup() != null) {
				groupsWithCell.add(cell.getCustomerGroup());
			}
			if (cell.getTeam() != null && cell.getCustomerGroup() != null) {
				ConversationCell first = pairs.putIfAbsent(List.of(cell.getTeam(), cell.getCustomerGroup()), cell);
				if (first != null) {
					firstCellOfPair.put(cell, first);
				}
			}
		}
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified && identified.getId() != null) {
				byId.putIfAbsent(identified.getId(), identified);
			}
		}
	}

	/** The index of the plan that contains {@code object}, cached in the validation context; null outside a plan. */
	static PlanIndex of(EObject object, Map<Object, Object> context) {
		Plan plan = null;
		for (EObject e = object; e != null; e = e.eContainer()) {
			if (e instanceof Plan p) {
				plan = p;
			}
		}
		if (plan == null) {
			return null;
		}
		if (context != null && context.get(PlanIndex.class) instanceof PlanIndex cached && cached.plan == plan) {
			return cached;
		}
		PlanIndex index = new PlanIndex(plan);
		if (context != null) {
			context.put(PlanIndex.class, index);
		}
		return index;
	}

	/** Whether a cell lists the topic, a broader topic of it, or a narrower one. */
	boolean isCovered(Topic topic) {
		if (topicsWithCoveredNarrower.contains(topic)) {
			return true;
		}
		Set<Topic> seen = new HashSet<>();
		for (Topic t = topic; t != null && seen.add(t); t = t.getParent()) {
			if (listedTopics.contains(t)) {
				return true;
			}
		}
		return false;
	}

	boolean hasCell(Team team) {
		return teamsWithCell.contains(team);
	}

	boolean hasCell(CustomerGroup group) {
		return groupsWithCell.contains(group);
	}

	/** The earlier cell with the same team and customer group, or null. */
	ConversationCell firstCellOfSamePair(ConversationCell cell) {
		return firstCellOfPair.get(cell);
	}

	/** The object of the plan with the id, or null. */
	EObject find(String id) {
		return id == null ? null : byId.get(id);
	}
}
