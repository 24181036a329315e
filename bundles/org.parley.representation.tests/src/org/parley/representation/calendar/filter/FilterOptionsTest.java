package org.parley.representation.calendar.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.PlanCalendar;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.SampleOnDisk;

/** Filtering the sample's calendar by several criteria, and the counts the filter panel shows. */
class FilterOptionsTest {

	@TempDir
	static Path folder;

	private static Plan plan;
	private static List<ContentItem> items;

	@BeforeAll
	static void sample() throws IOException {
		plan = SampleOnDisk.create(folder).plan();
		items = new PlanCalendar(plan).items();
	}

	@Test
	void severalStatusesAcceptItemsInAnyOfThem() {
		CalendarFilter filter = FilterCriterion.STATUS.with(CalendarFilter.ALL, Set.of("SCHEDULED", "DRAFT"));

		List<ContentItem> shown = items.stream().filter(filter::accepts).toList();

		assertThat(filter.statuses()).isEqualTo(EnumSet.of(ContentStatus.SCHEDULED, ContentStatus.DRAFT));
		assertThat(shown).isNotEmpty().allMatch(
				i -> i.getStatus() == ContentStatus.SCHEDULED || i.getStatus() == ContentStatus.DRAFT);
		assertThat(shown).hasSize((int) items.stream()
				.filter(i -> i.getStatus() == ContentStatus.SCHEDULED || i.getStatus() == ContentStatus.DRAFT).count());
		assertThat(shown.stream().map(ContentItem::getStatus).distinct()).hasSize(2);
	}

	@Test
	void criteriaCombineAsAnd() {
		ContentItem sample = items.stream().filter(i -> i.getCell() != null && !i.getVariants().isEmpty()).findFirst()
				.orElseThrow();
		String team = sample.getCell().getTeam().getId();
		String channel = sample.getVariants().get(0).getChannel().getId();
		CalendarFilter filter = FilterCriterion.CHANNEL.with(FilterCriterion.TEAM.with(CalendarFilter.ALL, Set.of(team)),
				Set.of(channel));

		List<ContentItem> shown = items.stream().filter(filter::accepts).toList();

		assertThat(shown).contains(sample).allMatch(i -> i.getCell().getTeam().getId().equals(team)
				&& i.getVariants().stream().map(ChannelVariant::getChannel).anyMatch(c -> c.getId().equals(channel)));
		assertThat(shown.size()).isLessThan(items.size());
	}

	@Test
	void statusCountsAddUpToTheItemsTheOtherCriteriaLetThrough() {
		FilterOptions options = new FilterOptions(plan);
		String team = items.stream().filter(i -> i.getCell() != null).findFirst().orElseThrow().getCell().getTeam().getId();
		CalendarFilter teamAndScheduled = FilterCriterion.STATUS
				.with(FilterCriterion.TEAM.with(CalendarFilter.ALL, Set.of(team)), Set.of("SCHEDULED"));

		List<FilterOption> statuses = options.of(FilterCriterion.STATUS, teamAndScheduled);

		assertThat(statuses).extracting(FilterOption::key).containsExactly("IDEA", "DRAFT", "IN_REVIEW", "APPROVED",
				"SCHEDULED", "PUBLISHED", "CANCELLED");
		int ofTeam = options.count(FilterCriterion.TEAM.with(CalendarFilter.ALL, Set.of(team)));
		assertThat(statuses.stream().mapToInt(FilterOption::count).sum()).isEqualTo(ofTeam);
		assertThat(statuses.stream().filter(o -> o.key().equals("SCHEDULED")).findFirst().orElseThrow().count())
				.isEqualTo(options.count(teamAndScheduled)).isPositive();
	}

	@Test
	void everyCriterionListsThePlansOptionsWithReadableLabels() {
		FilterOptions options = new FilterOptions(plan);
		for (FilterCriterion criterion : FilterCriterion.values()) {
			List<FilterOption> list = options.of(criterion, CalendarFilter.ALL);
			assertThat(list).as(criterion.label()).isNotEmpty().allMatch(o -> !o.label().isBlank() && !o.label().contains("?"));
			assertThat(list).as(criterion.label()).anyMatch(o -> o.count() > 0);
		}
		assertThat(options.of(FilterCriterion.CELL, CalendarFilter.ALL)).extracting(FilterOption::label)
				.anyMatch(label -> label.contains(" / "));
	}

	@Test
	void aChosenOptionThePlanNoLongerHasStaysListedSoItCanBeUnchecked() {
		CalendarFilter filter = FilterCriterion.CAMPAIGN.with(CalendarFilter.ALL, Set.of("gone-campaign"));

		List<FilterOption> campaigns = new FilterOptions(plan).of(FilterCriterion.CAMPAIGN, filter);

		assertThat(campaigns).contains(new FilterOption("gone-campaign", "(missing gone-campaign)", 0));
	}
}
