package org.parley.core.validation;

import org.parley.model.Campaign;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.ParleyPackage;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * Checks the conversation matrix against the strategy: complete cells, one cell per (team, customer group),
 * every team, group and topic in some cell, and campaigns that do not end before they start.
 * The plan-wide rules need the {@link PlanIndex}; outside a plan they are skipped.
 */
final class StrategyValidator {

	void validate(ConversationCell cell, PlanIndex index, Report report) {
		if (cell.getTeam() == null) {
			report.add(Rule.CELL_WITHOUT_TEAM, cell, "the cell names no team", "feature",
					ParleyPackage.Literals.CONVERSATION_CELL__TEAM);
		}
		if (cell.getCustomerGroup() == null) {
			report.add(Rule.CELL_WITHOUT_CUSTOMER_GROUP, cell, "the cell names no customer group", "feature",
					ParleyPackage.Literals.CONVERSATION_CELL__CUSTOMER_GROUP);
		}
		if (cell.getTopics().isEmpty()) {
			report.add(Rule.CELL_WITHOUT_TOPIC, cell, "the cell has no topic", "feature",
					ParleyPackage.Literals.CONVERSATION_CELL__TOPICS);
		}
		if (cell.getOwner() == null) {
			report.add(Rule.CELL_WITHOUT_OWNER, cell, "the cell has no owner", "feature",
					ParleyPackage.Literals.CONVERSATION_CELL__OWNER, "team", cell.getTeam());
		}
		if (cell.getKpis().isEmpty()) {
			report.add(Rule.CELL_WITHOUT_KPI, cell, "the cell has no KPI", "feature",
					ParleyPackage.Literals.CONVERSATION_CELL__KPIS);
		}
		ConversationCell first = index == null ? null : index.firstCellOfSamePair(cell);
		if (first != null) {
			report.add(Rule.DUPLICATE_CELL, cell, "repeats the team and customer group of an earlier cell ("
					+ first.getId() + ")", "duplicateOf", first, "team", cell.getTeam(), "customerGroup",
					cell.getCustomerGroup());
		}
	}

	void validate(Topic topic, PlanIndex index, Report report) {
		if (index != null && !index.isCovered(topic)) {
			report.add(Rule.TOPIC_UNCOVERED, topic, "no conversation cell covers this topic");
		}
	}

	void validate(Team team, PlanIndex index, Report report) {
		if (index != null && !index.hasCell(team)) {
			report.add(Rule.TEAM_WITHOUT_CELL, team, "the team has no conversation cell");
		}
	}

	void validate(CustomerGroup group, PlanIndex index, Report report) {
		if (index != null && !index.hasCell(group)) {
			report.add(Rule.CUSTOMER_GROUP_WITHOUT_CELL, group, "no team has a conversation cell with this group");
		}
	}

	void validate(Campaign campaign, Report report) {
		if (campaign.getStartDate() != null && campaign.getEndDate() != null
				&& campaign.getEndDate().isBefore(campaign.getStartDate())) {
			report.add(Rule.CAMPAIGN_DATES_INVERTED, campaign, "ends on " + campaign.getEndDate()
					+ ", before it starts on " + campaign.getStartDate(), "feature",
					ParleyPackage.Literals.CAMPAIGN__END_DATE, "startDate", campaign.getStartDate(), "endDate",
					campaign.getEndDate());
		}
	}
}
