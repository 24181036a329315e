package org.parley.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Brand;
import org.parley.model.Channel;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Team;

/** How much a plan holds, as the overview lists it: one line per concept and the page that shows it. */
public record ProjectCounts(List<Line> lines) {

	/** The editor pages a count links to. */
	public enum Page {
		STRATEGY, MATRIX, CHANNELS, CALENDAR, LISTENING
	}

	/** One count, such as "4 brands, 6 products". */
	public record Line(String text, Page page) {
	}

	public static ProjectCounts of(Plan plan) {
		List<Line> lines = new ArrayList<>();
		var strategy = plan.getStrategy();
		if (strategy != null) {
			int products = strategy.getBrands().stream().mapToInt((Brand b) -> b.getProducts().size()).sum();
			int members = strategy.getTeams().stream().mapToInt((Team t) -> t.getMembers().size()).sum();
			lines.add(new Line(count(strategy.getBrands().size(), "brand") + ", " + count(products, "product"), Page.STRATEGY));
			lines.add(new Line(count(strategy.getTeams().size(), "team") + ", " + count(members, "member"), Page.STRATEGY));
			lines.add(new Line(count(strategy.getCustomerGroups().size(), "customer group"), Page.STRATEGY));
			lines.add(new Line(count(strategy.getTopics().size(), "topic") + ", "
					+ count(strategy.getContentCategories().size(), "content category", "content categories"), Page.STRATEGY));
			lines.add(new Line(count(strategy.getKpis().size(), "KPI") + ", " + count(strategy.getCampaigns().size(), "campaign"),
					Page.STRATEGY));
		}
		if (plan.getMatrix() != null) {
			lines.add(new Line(count(plan.getMatrix().getCells().size(), "conversation cell"), Page.MATRIX));
		}
		if (plan.getChannels() != null) {
			List<Channel> channels = plan.getChannels().getChannels();
			lines.add(new Line(count(channels.size(), "channel"), Page.CHANNELS));
		}
		int items = plan.getSchedules().stream().mapToInt((Schedule s) -> s.getItems().size()).sum();
		lines.add(new Line(count(items, "content item") + " in " + count(plan.getSchedules().size(), "schedule"), Page.CALENDAR));
		if (plan.getListening() != null) {
			lines.add(new Line(count(plan.getListening().getSources().size(), "listening source") + ", "
					+ count(plan.getListening().getQueries().size(), "query", "queries"), Page.LISTENING));
		}
		return new ProjectCounts(lines);
	}

	private static String count(int n, String singular) {
		return count(n, singular, singular + "s");
	}

	private static String count(int n, String singular, String plural) {
		return n + " " + (n == 1 ? singular : plural);
	}
}
