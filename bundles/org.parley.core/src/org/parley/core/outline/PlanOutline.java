package org.parley.core.outline;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.parley.core.outline.OutlineNode.Kind;
import org.parley.core.validation.ObjectLabel;
import org.parley.model.Brand;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.Identified;
import org.parley.model.ListeningQuery;
import org.parley.model.ListeningSource;
import org.parley.model.Member;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * A project as its users think of it, for the Project Explorer: Strategy (brands, channels, teams with their
 * members, customer groups, topics, the matrix's cells), Calendar (one node per month, then the backlog, each with
 * its items in time order) and Listening (sources, queries, how many mentions are stored).
 * <p>
 * The whole outline is built at once from a loaded plan, away from the UI thread, and is immutable afterwards.
 */
public final class PlanOutline {

	private static final DateTimeFormatter ITEM_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private PlanOutline() {
	}

	/**
	 * The top-level nodes of the plan: Strategy, Calendar, Listening.
	 *
	 * @param mentions how many mentions the project stores, or a negative number when unknown (no node then)
	 */
	public static List<OutlineNode> of(Plan plan, long mentions) {
		return List.of(strategy(plan), calendar(plan), listening(plan, mentions));
	}

	/** The label of a calendar month, such as {@code January 2027}. */
	public static String monthLabel(String month) {
		YearMonth yearMonth = YearMonth.parse(month);
		return yearMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + yearMonth.getYear();
	}

	/** The label of an item: when it goes out, then its title; only the title in the backlog. */
	public static String itemLabel(ContentItem item) {
		LocalDateTime at = item.getScheduledAt();
		String title = blank(item.getTitle()) ? "(untitled)" : item.getTitle();
		return at == null ? title : ITEM_TIME.format(at) + "  " + title;
	}

	private static OutlineNode strategy(Plan plan) {
		var strategy = plan.getStrategy();
		List<OutlineNode> groups = new ArrayList<>();
		groups.add(group(Kind.BRANDS, "strategy/brands", "Brands",
				strategy == null ? List.of() : leaves(Kind.BRAND, strategy.getBrands(), PlanOutline::brandLabel)));
		groups.add(group(Kind.CHANNELS, "strategy/channels", "Channels", plan.getChannels() == null ? List.of()
				: leaves(Kind.CHANNEL, plan.getChannels().getChannels(), PlanOutline::channelLabel)));
		List<OutlineNode> teams = new ArrayList<>();
		if (strategy != null) {
			for (Team team : strategy.getTeams()) {
				teams.add(node(Kind.TEAM, team, name(team), leaves(Kind.MEMBER, team.getMembers(), PlanOutline::memberLabel)));
			}
		}
		groups.add(group(Kind.TEAMS, "strategy/teams", "Teams", teams));
		groups.add(group(Kind.CUSTOMER_GROUPS, "strategy/customerGroups", "Customer Groups",
				strategy == null ? List.of() : leaves(Kind.CUSTOMER_GROUP, strategy.getCustomerGroups(), PlanOutline::name)));
		groups.add(group(Kind.TOPICS, "strategy/topics", "Topics",
				strategy == null ? List.of() : topics(strategy.getTopics(), null)));
		groups.add(group(Kind.MATRIX, "strategy/matrix", "Matrix", plan.getMatrix() == null ? List.of()
				: leaves(Kind.CELL, plan.getMatrix().getCells(), PlanOutline::cellLabel)));
		return group(Kind.STRATEGY, "strategy", "Strategy", groups);
	}

	private static List<OutlineNode> topics(List<Topic> all, Topic parent) {
		List<OutlineNode> nodes = new ArrayList<>();
		for (Topic topic : all) {
			if (topic.getParent() == parent || (parent == null && topic.getParent() != null && topic.getParent().eIsProxy())) {
				nodes.add(node(Kind.TOPIC, topic, name(topic), topics(all, topic)));
			}
		}
		return nodes;
	}

	private static OutlineNode calendar(Plan plan) {
		List<OutlineNode> months = new ArrayList<>();
		OutlineNode backlog = null;
		List<Schedule> schedules = new ArrayList<>(plan.getSchedules());
		schedules.sort(Comparator.comparing(s -> blank(s.getMonth()) ? "" : s.getMonth()));
		for (Schedule schedule : schedules) {
			List<ContentItem> items = new ArrayList<>(schedule.getItems());
			items.sort(Comparator.comparing(ContentItem::getScheduledAt, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(i -> blank(i.getTitle()) ? "" : i.getTitle()));
			List<OutlineNode> children = leaves(Kind.ITEM, items, PlanOutline::itemLabel);
			if (blank(schedule.getMonth())) {
				backlog = new OutlineNode(Kind.BACKLOG, "calendar/backlog", "Backlog", schedule, children);
			} else {
				months.add(new OutlineNode(Kind.MONTH, "calendar/" + schedule.getMonth(), monthLabel(schedule.getMonth()),
						schedule, children));
			}
		}
		if (backlog != null) {
			months.add(backlog);
		}
		return group(Kind.CALENDAR, "calendar", "Calendar", months);
	}

	private static OutlineNode listening(Plan plan, long mentions) {
		var listening = plan.getListening();
		List<OutlineNode> groups = new ArrayList<>();
		groups.add(group(Kind.SOURCES, "listening/sources", "Sources",
				listening == null ? List.of() : leaves(Kind.SOURCE, listening.getSources(), PlanOutline::sourceLabel)));
		groups.add(group(Kind.QUERIES, "listening/queries", "Queries",
				listening == null ? List.of() : leaves(Kind.QUERY, listening.getQueries(), PlanOutline::queryLabel)));
		if (mentions >= 0) {
			groups.add(group(Kind.MENTIONS, "listening/mentions",
					mentions == 1 ? "1 mention stored" : String.format(Locale.ENGLISH, "%,d mentions stored", mentions),
					List.of()));
		}
		return group(Kind.LISTENING, "listening", "Listening", groups);
	}

	private static OutlineNode group(Kind kind, String key, String label, List<OutlineNode> children) {
		return new OutlineNode(kind, key, label, null, List.copyOf(children));
	}

	private static OutlineNode node(Kind kind, EObject object, String label, List<OutlineNode> children) {
		String id = object instanceof Identified identified ? identified.getId() : null;
		return new OutlineNode(kind, id == null ? label : id, label, object, List.copyOf(children));
	}

	private static <T extends EObject> List<OutlineNode> leaves(Kind kind, List<T> objects, Function<T, String> label) {
		List<OutlineNode> nodes = new ArrayList<>(objects.size());
		for (T object : objects) {
			nodes.add(node(kind, object, label.apply(object), List.of()));
		}
		return nodes;
	}

	private static String brandLabel(Brand brand) {
		return brand.getKind() == null ? name(brand) : name(brand) + " (" + brand.getKind().getLiteral() + ")";
	}

	private static String channelLabel(Channel channel) {
		return channel.getNetwork() == null ? name(channel) : name(channel) + " (" + channel.getNetwork().getLiteral() + ")";
	}

	private static String memberLabel(Member member) {
		return blank(member.getRole()) ? name(member) : name(member) + ", " + member.getRole();
	}

	private static String cellLabel(ConversationCell cell) {
		return nameOrDash(cell.getTeam()) + " \u00d7 " + nameOrDash(cell.getCustomerGroup());
	}

	private static String sourceLabel(ListeningSource source) {
		return blank(source.getUrl()) ? name(source) : name(source) + " \u2014 " + source.getUrl();
	}

	private static String queryLabel(ListeningQuery query) {
		return blank(query.getExpression()) ? name(query) : name(query) + ": " + query.getExpression();
	}

	private static String name(Named named) {
		return blank(named.getName()) ? ObjectLabel.of(named) : named.getName();
	}

	private static String nameOrDash(Named named) {
		return named == null || blank(named.getName()) ? "\u2013" : named.getName();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
