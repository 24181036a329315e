package org.parley.representation.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.store.Mention;
import org.parley.model.Brand;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.CustomerStage;
import org.parley.model.Kpi;
import org.parley.model.KpiMetric;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Team;
import org.parley.model.TeamFunction;
import org.parley.model.Topic;

/**
 * A plan small enough to know every figure: two teams (service, marketing) × three groups (members, prospects,
 * press); service/members is about billing (KPI: at most 20 % negative), marketing/prospects about offers, and
 * marketing/members about billing too; the other three pairs are gaps. Mentions: four about billing (three
 * negative, one churn), two about offers (one buy), one about nothing.
 */
final class SmallPlan {

	static final ParleyFactory F = ParleyFactory.eINSTANCE;

	final Plan plan = F.createPlan();
	final Team service = team("service", "Service", TeamFunction.CUSTOMER_SERVICE);
	final Team marketing = team("marketing", "Marketing", TeamFunction.MARKETING);
	final CustomerGroup members = group("members", "Members", CustomerStage.CUSTOMER);
	final CustomerGroup prospects = group("prospects", "Prospects", CustomerStage.PROSPECT);
	final CustomerGroup press = group("press", "Press", CustomerStage.PRESS_INFLUENCER);
	final Topic billing = topic("billing", "Billing", "bill", "refund");
	final Topic offers = topic("offers", "Offers", "goodybag");
	final Brand own = F.createBrand();
	final Channel x = F.createChannel();
	final ConversationCell serviceMembers;
	final ConversationCell marketingProspects;
	final ConversationCell marketingMembers;
	final List<Mention> mentions = new ArrayList<>();
	final Map<String, MentionAnalysis> analyses = new java.util.HashMap<>();

	SmallPlan() {
		plan.setId("plan");
		plan.setName("Small plan");
		plan.setStrategy(F.createStrategy());
		plan.setMatrix(F.createMatrix());
		plan.setChannels(F.createChannelCatalog());
		plan.getStrategy().getTeams().addAll(List.of(service, marketing));
		plan.getStrategy().getCustomerGroups().addAll(List.of(members, prospects, press));
		plan.getStrategy().getTopics().addAll(List.of(billing, offers));
		own.setId("own");
		own.setName("Own");
		plan.getStrategy().getBrands().add(own);
		x.setId("x");
		x.setName("Own on X");
		x.setBrand(own);
		plan.getChannels().getChannels().add(x);
		serviceMembers = cell("c1", service, members, billing);
		Kpi kpi = F.createKpi();
		kpi.setId("kpi");
		kpi.setName("Negative rate");
		kpi.setMetric(KpiMetric.NEGATIVE_RATE);
		kpi.setThreshold(20);
		kpi.setUnit("%");
		plan.getStrategy().getKpis().add(kpi);
		serviceMembers.getKpis().add(kpi);
		serviceMembers.getChannels().add(x);
		marketingProspects = cell("c2", marketing, prospects, offers);
		marketingMembers = cell("c3", marketing, members, billing);
		mention("m1", "My bill is wrong again", Polarity.NEGATIVE, IntentKind.NONE);
		mention("m2", "Still no refund", Polarity.NEGATIVE, IntentKind.NONE);
		mention("m3", "Bill too high, I will leave", Polarity.NEGATIVE, IntentKind.CHURN);
		mention("m4", "Paid my bill online", Polarity.POSITIVE, IntentKind.NONE);
		mention("m5", "Great goodybag", Polarity.POSITIVE, IntentKind.NONE);
		mention("m6", "Going to buy a goodybag", Polarity.NEUTRAL, IntentKind.BUY);
		mention("m7", "Nice weather", Polarity.POSITIVE, IntentKind.NONE);
	}

	/** Plans {@code count} content items for a cell. */
	void plan(ConversationCell cell, int count) {
		Schedule schedule = F.createSchedule();
		schedule.setId("s" + plan.getSchedules().size());
		for (int i = 0; i < count; i++) {
			ContentItem item = F.createContentItem();
			item.setId(schedule.getId() + "-" + i);
			item.setCell(cell);
			schedule.getItems().add(item);
		}
		plan.getSchedules().add(schedule);
	}

	MatrixFigures figures() {
		return MatrixFigures.of(plan, mentions, analyses, List.of());
	}

	private void mention(String id, String text, Polarity polarity, IntentKind intent) {
		mentions.add(new Mention(id, "forum", "https://forum.example/" + id, null, null, "a-" + id,
				"2027-02-0" + (mentions.size() + 1) + "T10:00:00Z", "en", text, "2027-02-10T10:00:00Z", 200, null, "t"));
		analyses.put(id, new MentionAnalysis(id, "en", new Sentiment(polarity, 0), new Intent(intent, null), List.of(),
				List.of(), "t", false));
	}

	private ConversationCell cell(String id, Team team, CustomerGroup group, Topic topic) {
		ConversationCell cell = F.createConversationCell();
		cell.setId(id);
		cell.setTeam(team);
		cell.setCustomerGroup(group);
		cell.getTopics().add(topic);
		plan.getMatrix().getCells().add(cell);
		return cell;
	}

	private static Team team(String id, String name, TeamFunction function) {
		Team team = F.createTeam();
		team.setId(id);
		team.setName(name);
		team.setFunction(function);
		return team;
	}

	private static CustomerGroup group(String id, String name, CustomerStage stage) {
		CustomerGroup group = F.createCustomerGroup();
		group.setId(id);
		group.setName(name);
		group.setStage(stage);
		return group;
	}

	private static Topic topic(String id, String name, String... keywords) {
		Topic topic = F.createTopic();
		topic.setId(id);
		topic.setName(name);
		topic.getKeywords().addAll(List.of(keywords));
		return topic;
	}
}
