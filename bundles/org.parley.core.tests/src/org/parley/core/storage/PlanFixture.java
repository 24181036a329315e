package org.parley.core.storage;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Matrix;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;
import org.parley.model.Team;

/**
 * A small plan with fixed ids for storage and merge tests: one team, one customer group, a cell between them and
 * a content item in November 2026 that belongs to the cell.
 */
public final class PlanFixture {

	public static final String PLAN = "00000000-0000-0000-0000-000000000001";
	public static final String STRATEGY = "00000000-0000-0000-0000-000000000002";
	public static final String TEAM = "00000000-0000-0000-0000-000000000003";
	public static final String GROUP = "00000000-0000-0000-0000-000000000004";
	public static final String MATRIX = "00000000-0000-0000-0000-000000000005";
	public static final String CELL = "00000000-0000-0000-0000-000000000006";
	public static final String NOVEMBER = "00000000-0000-0000-0000-000000000007";
	public static final String ITEM = "00000000-0000-0000-0000-000000000008";

	private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;

	private PlanFixture() {
	}

	public static Plan plan() {
		Plan plan = FACTORY.createPlan();
		plan.setId(PLAN);
		plan.setName("Parley Coffee");
		plan.setTimeZone(ZoneId.of("Europe/Paris"));
		plan.getLanguages().add("fr");

		Strategy strategy = FACTORY.createStrategy();
		strategy.setId(STRATEGY);
		Team team = FACTORY.createTeam();
		team.setId(TEAM);
		team.setName("Customer service");
		strategy.getTeams().add(team);
		CustomerGroup group = FACTORY.createCustomerGroup();
		group.setId(GROUP);
		group.setName("Customers");
		strategy.getCustomerGroups().add(group);
		plan.setStrategy(strategy);

		Matrix matrix = FACTORY.createMatrix();
		matrix.setId(MATRIX);
		ConversationCell cell = FACTORY.createConversationCell();
		cell.setId(CELL);
		cell.setTeam(team);
		cell.setCustomerGroup(group);
		cell.setTone("warm");
		matrix.getCells().add(cell);
		plan.setMatrix(matrix);

		Schedule november = schedule(NOVEMBER, "2026-11");
		ContentItem item = FACTORY.createContentItem();
		item.setId(ITEM);
		item.setTitle("Winter blend launch");
		item.setCell(cell);
		item.setScheduledAt(LocalDateTime.of(2026, 11, 24, 10, 15));
		november.getItems().add(item);
		plan.getSchedules().add(november);
		return plan;
	}

	public static Schedule schedule(String id, String month) {
		Schedule schedule = FACTORY.createSchedule();
		schedule.setId(id);
		schedule.setMonth(month);
		return schedule;
	}
}
