package org.parley.representation.matrix;

import java.util.HashSet;
import java.util.Set;

import org.parley.model.Channel;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.CustomerStage;
import org.parley.model.Team;
import org.parley.model.TeamFunction;
import org.parley.model.Topic;

/**
 * What the matrix shows: teams of some functions, customer groups of some stages, and cells with a channel of some
 * brands, some channels, or some topics (a topic includes its sub-topics). An empty set means all.
 *
 * @param brands   brand ids
 * @param channels channel ids
 * @param topics   topic ids
 */
public record MatrixFilter(Set<String> brands, Set<String> channels, Set<String> topics,
		Set<TeamFunction> teamFunctions, Set<CustomerStage> groupStages) {

	public static final MatrixFilter ALL = new MatrixFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

	public MatrixFilter {
		brands = Set.copyOf(brands);
		channels = Set.copyOf(channels);
		topics = Set.copyOf(topics);
		teamFunctions = Set.copyOf(teamFunctions);
		groupStages = Set.copyOf(groupStages);
	}

	public MatrixFilter withBrands(Set<String> ids) {
		return new MatrixFilter(ids, channels, topics, teamFunctions, groupStages);
	}

	public MatrixFilter withChannels(Set<String> ids) {
		return new MatrixFilter(brands, ids, topics, teamFunctions, groupStages);
	}

	public MatrixFilter withTopics(Set<String> ids) {
		return new MatrixFilter(brands, channels, ids, teamFunctions, groupStages);
	}

	public MatrixFilter withTeamFunctions(Set<TeamFunction> functions) {
		return new MatrixFilter(brands, channels, topics, functions, groupStages);
	}

	public MatrixFilter withGroupStages(Set<CustomerStage> stages) {
		return new MatrixFilter(brands, channels, topics, teamFunctions, stages);
	}

	/** Whether some cells are left out by brand, channel or topic (not only whole rows or columns). */
	public boolean narrowsCells() {
		return !brands.isEmpty() || !channels.isEmpty() || !topics.isEmpty();
	}

	public boolean accepts(Team team) {
		return teamFunctions.isEmpty() || teamFunctions.contains(team.getFunction());
	}

	public boolean accepts(CustomerGroup group) {
		return groupStages.isEmpty() || groupStages.contains(group.getStage());
	}

	/** Whether the cell passes the brand, channel and topic filters. */
	public boolean accepts(ConversationCell cell) {
		if (!brands.isEmpty() && cell.getChannels().stream()
				.noneMatch(c -> c.getBrand() != null && brands.contains(c.getBrand().getId()))) {
			return false;
		}
		if (!channels.isEmpty() && cell.getChannels().stream().map(Channel::getId).noneMatch(channels::contains)) {
			return false;
		}
		return topics.isEmpty() || cell.getTopics().stream().anyMatch(this::withinTopics);
	}

	private boolean withinTopics(Topic topic) {
		Set<Topic> seen = new HashSet<>();
		for (Topic t = topic; t != null && seen.add(t); t = t.getParent()) {
			if (topics.contains(t.getId())) {
				return true;
			}
		}
		return false;
	}
}
