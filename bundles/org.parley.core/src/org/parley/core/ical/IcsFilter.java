package org.parley.core.ical;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.Named;

/**
 * Which items an iCal export takes: by team (the team of the item's cell) and by channel (any of the item's
 * variants), each named by its id or its name (case-insensitive). Several values of one kind are alternatives;
 * the two kinds must both match. An empty set does not filter.
 *
 * @param teams    ids or names of teams
 * @param channels ids or names of channels
 */
public record IcsFilter(Set<String> teams, Set<String> channels) {

	/** Copies the sets. */
	public IcsFilter {
		teams = Set.copyOf(teams);
		channels = Set.copyOf(channels);
	}

	/** A filter that takes every scheduled item. */
	public static IcsFilter all() {
		return new IcsFilter(Set.of(), Set.of());
	}

	/** This filter, also accepting items of the team with this id or name. */
	public IcsFilter withTeam(String idOrName) {
		Set<String> more = new HashSet<>(teams);
		more.add(idOrName);
		return new IcsFilter(more, channels);
	}

	/** This filter, also accepting items with a variant on the channel with this id or name. */
	public IcsFilter withChannel(String idOrName) {
		Set<String> more = new HashSet<>(channels);
		more.add(idOrName);
		return new IcsFilter(teams, more);
	}

	/** Whether the item passes the filter (whether or not it is scheduled). */
	public boolean accepts(ContentItem item) {
		boolean team = teams.isEmpty() || item.getCell() != null && matches(teams, item.getCell().getTeam());
		boolean channel = channels.isEmpty()
				|| item.getVariants().stream().map(ChannelVariant::getChannel).anyMatch(c -> matches(channels, c));
		return team && channel;
	}

	private static boolean matches(Set<String> wanted, Named named) {
		if (named == null) {
			return false;
		}
		for (String value : wanted) {
			if (value.equals(named.getId())
					|| named.getName() != null && value.toLowerCase(Locale.ROOT).equals(named.getName().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}
}
