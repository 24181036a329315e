package org.parley.core.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.parley.model.Channel;
import org.parley.model.ChannelCatalog;
import org.parley.model.ChannelRules;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Frequency;
import org.parley.model.Kpi;
import org.parley.model.Matrix;
import org.parley.model.Member;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Recurrence;
import org.parley.model.Schedule;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * Builds small in-memory plans for the core tests: a plan with empty aggregates, and one-line factories for the
 * objects tests need, each with a readable id.
 */
public final class PlanFixture {

	private static final ParleyFactory F = ParleyFactory.eINSTANCE;

	public final Plan plan = F.createPlan();
	public final Strategy strategy = F.createStrategy();
	public final Matrix matrix = F.createMatrix();
	public final ChannelCatalog channels = F.createChannelCatalog();
	public final Schedule schedule = F.createSchedule();
	public final Schedule backlog = F.createSchedule();
	private int next;

	public PlanFixture(ZoneId zone) {
		plan.setId("plan");
		plan.setName("Parley plan");
		plan.setTimeZone(zone);
		strategy.setId("strategy");
		matrix.setId("matrix");
		channels.setId("channels");
		schedule.setId("schedule");
		schedule.setMonth("2026-03");
		backlog.setId("backlog");
		plan.setStrategy(strategy);
		plan.setMatrix(matrix);
		plan.setChannels(channels);
		plan.getSchedules().add(schedule);
		plan.getSchedules().add(backlog);
	}

	private String id(String kind) {
		return kind + "-" + ++next;
	}

	public Team team(String name) {
		Team team = F.createTeam();
		team.setId(id("team"));
		team.setName(name);
		strategy.getTeams().add(team);
		return team;
	}

	public Member member(Team team, String name) {
		Member member = F.createMember();
		member.setId(id("member"));
		member.setName(name);
		team.getMembers().add(member);
		return member;
	}

	public CustomerGroup group(String name) {
		CustomerGroup group = F.createCustomerGroup();
		group.setId(id("group"));
		group.setName(name);
		strategy.getCustomerGroups().add(group);
		return group;
	}

	public Topic topic(String name, Topic parent) {
		Topic topic = F.createTopic();
		topic.setId(id("topic"));
		topic.setName(name);
		topic.setParent(parent);
		strategy.getTopics().add(topic);
		return topic;
	}

	public Kpi kpi(String name) {
		Kpi kpi = F.createKpi();
		kpi.setId(id("kpi"));
		kpi.setName(name);
		strategy.getKpis().add(kpi);
		return kpi;
	}

	public ContentCategory category(String name) {
		ContentCategory category = F.createContentCategory();
		category.setId(id("category"));
		category.setName(name);
		strategy.getContentCategories().add(category);
		return category;
	}

	/** A complete cell: topic, owner (a new member of the team) and KPI. */
	public ConversationCell cell(Team team, CustomerGroup group, Topic topic) {
		ConversationCell cell = F.createConversationCell();
		cell.setId(id("cell"));
		cell.setTeam(team);
		cell.setCustomerGroup(group);
		if (topic != null) {
			cell.getTopics().add(topic);
		}
		cell.setOwner(member(team, team.getName() + " lead"));
		cell.getKpis().add(kpi(team.getName() + " KPI"));
		matrix.getCells().add(cell);
		return cell;
	}

	/** A channel with rules that allow everything. */
	public Channel channel(String name) {
		Channel channel = F.createChannel();
		channel.setId(id("channel"));
		channel.setName(name);
		ChannelRules rules = F.createChannelRules();
		rules.setId(id("rules"));
		channel.setRules(rules);
		channels.getChannels().add(channel);
		return channel;
	}

	/** A scheduled item (in the month schedule) with a variant on each channel; time null puts it in the backlog. */
	public ContentItem item(String title, LocalDateTime at, ZoneId zone, Channel... onChannels) {
		ContentItem item = F.createContentItem();
		item.setId(id("item"));
		item.setTitle(title);
		item.setScheduledAt(at);
		item.setTimeZone(zone);
		for (Channel channel : onChannels) {
			ChannelVariant variant = F.createChannelVariant();
			variant.setId(id("variant"));
			variant.setChannel(channel);
			variant.setText(title);
			item.getVariants().add(variant);
		}
		(at == null ? backlog : schedule).getItems().add(item);
		return item;
	}

	/** Makes the item repeat. */
	public Recurrence repeat(ContentItem item, Frequency frequency, int interval) {
		Recurrence recurrence = F.createRecurrence();
		recurrence.setId(id("recurrence"));
		recurrence.setFrequency(frequency);
		recurrence.setInterval(interval);
		item.setRecurrence(recurrence);
		return recurrence;
	}

	public org.parley.model.OccurrenceOverride override(Recurrence recurrence, java.time.LocalDate originalDate) {
		org.parley.model.OccurrenceOverride override = F.createOccurrenceOverride();
		override.setId(id("override"));
		override.setOriginalDate(originalDate);
		recurrence.getOverrides().add(override);
		return override;
	}
}
