package org.parley.core.storage;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.parley.model.Brand;
import org.parley.model.ChannelCatalog;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Listening;
import org.parley.model.ListeningQuery;
import org.parley.model.Matrix;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.Topic;

/** Plans built in code for the tests, with fixed ids so that their files can be compared byte for byte. */
public final class SamplePlans {

	private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;

	private SamplePlans() {
	}

	/** A small plan: one of each aggregate, cross-file references, items in two months and the backlog. */
	public static Plan small() {
		return withItems(2, "");
	}

	/**
	 * A plan with {@code itemsPerMonth} items in each of three months and the backlog; {@code titleSuffix} goes into
	 * every title so that two versions differ in every calendar file.
	 */
	public static Plan withItems(int itemsPerMonth, String titleSuffix) {
		Plan plan = FACTORY.createPlan();
		plan.setId(id("plan", 0));
		plan.setName("Parley Coffee");
		plan.setDescription("Conversations of a coffee brand\nacross teams");
		plan.setTimeZone(ZoneId.of("Europe/Paris"));
		plan.getLanguages().add("fr");
		plan.getLanguages().add("en-GB");

		Strategy strategy = FACTORY.createStrategy();
		strategy.setId(id("strategy", 0));
		Brand brand = FACTORY.createBrand();
		brand.setId(id("brand", 0));
		brand.setName("Parley");
		brand.getAliases().add("Parley Coffee");
		strategy.getBrands().add(brand);
		Team marketing = FACTORY.createTeam();
		marketing.setId(id("team", 0));
		marketing.setName("Marketing");
		strategy.getTeams().add(marketing);
		Team service = FACTORY.createTeam();
		service.setId(id("team", 1));
		service.setName("Customer service");
		strategy.getTeams().add(service);
		CustomerGroup fans = FACTORY.createCustomerGroup();
		fans.setId(id("group", 0));
		fans.setName("Fans");
		strategy.getCustomerGroups().add(fans);
		Topic coffee = FACTORY.createTopic();
		coffee.setId(id("topic", 0));
		coffee.setName("Coffee");
		Topic espresso = FACTORY.createTopic();
		espresso.setId(id("topic", 1));
		espresso.setName("Espresso");
		espresso.setParent(coffee);
		strategy.getTopics().add(espresso);
		strategy.getTopics().add(coffee);
		plan.setStrategy(strategy);

		Matrix matrix = FACTORY.createMatrix();
		matrix.setId(id("matrix", 0));
		ConversationCell cell = FACTORY.createConversationCell();
		cell.setId(id("cell", 0));
		cell.setTeam(marketing);
		cell.setCustomerGroup(fans);
		cell.getTopics().add(coffee);
		cell.getTopics().add(espresso);
		cell.setGoal("Turn fans into lovers");
		matrix.getCells().add(cell);
		plan.setMatrix(matrix);

		ChannelCatalog channels = FACTORY.createChannelCatalog();
		channels.setId(id("channels", 0));
		Channel instagram = FACTORY.createChannel();
		instagram.setId(id("channel", 0));
		instagram.setName("Instagram FR");
		instagram.setNetwork(Network.INSTAGRAM);
		instagram.setBrand(brand);
		channels.getChannels().add(instagram);
		plan.setChannels(channels);

		Listening listening = FACTORY.createListening();
		listening.setId(id("listening", 0));
		ListeningQuery query = FACTORY.createListeningQuery();
		query.setId(id("query", 0));
		query.setName("Espresso talk");
		query.setExpression("espresso AND parley");
		query.setTarget(espresso);
		listening.getQueries().add(query);
		plan.setListening(listening);

		int n = 0;
		for (String month : new String[] { "2026-11", "2026-12", "2027-01", null }) {
			Schedule schedule = FACTORY.createSchedule();
			schedule.setId(id("schedule", n));
			schedule.setMonth(month);
			for (int i = 0; i < itemsPerMonth; i++) {
				ContentItem item = FACTORY.createContentItem();
				item.setId(id("item", n * 100000 + i));
				item.setTitle("Item " + i + " of " + (month == null ? "backlog" : month) + titleSuffix);
				item.setBody("Body <" + i + "> & \"quoted\"\nsecond line é");
				if (month != null) {
					item.setScheduledAt(LocalDateTime.parse(month + "-0" + (1 + i % 9) + "T09:30"));
				}
				item.setCell(cell);
				item.getTags().add("tag" + i % 3);
				schedule.getItems().add(item);
			}
			plan.getSchedules().add(schedule);
			n++;
		}
		return plan;
	}

	/** A fixed UUID-shaped id, so that the same plan always gives the same bytes. */
	public static String id(String kind, int number) {
		return String.format("%08x-0000-4000-8000-%012d", Math.abs(kind.hashCode()), number);
	}
}
