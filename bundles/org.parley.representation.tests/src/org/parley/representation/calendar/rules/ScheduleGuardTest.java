package org.parley.representation.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.validation.PlanValidator;
import org.parley.core.validation.Severity;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.representation.calendar.SampleOnDisk;

/** Whether sample items may be scheduled, and the markers the calendar shows for their findings. */
class ScheduleGuardTest {

	@TempDir
	Path folder;

	private SampleOnDisk sample;
	private ContentItem item;
	private ChannelVariant onX;
	private final ScheduleGuard guard = new ScheduleGuard();

	@BeforeEach
	void anApprovedItemWithAnXVariant() throws IOException {
		sample = SampleOnDisk.create(folder);
		item = sample.item(i -> i.getStatus() == ContentStatus.APPROVED && i.getReviewer() != null
				&& SampleOnDisk.xVariant(i) != null);
		onX = SampleOnDisk.xVariant(item);
	}

	@Test
	void anItemWithinItsChannelsRulesMayBeScheduled() {
		ScheduleVerdict verdict = guard.check(item);

		assertThat(verdict.allowed()).as(verdict.explanation()).isTrue();
		assertThat(verdict.explanation()).isEmpty();
	}

	@Test
	void aTooLongXVariantIsRefusedWithTheRuleTheLimitAndTheFix() {
		onX.setText("Our network team explains ".repeat(12).strip());
		int length = onX.getText().length();

		ScheduleVerdict verdict = guard.check(item);

		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.breaches()).hasSize(1);
		RuleBreach breach = verdict.breaches().get(0);
		assertThat(breach.ruleId()).isEqualTo("channel.text-too-long");
		assertThat(breach.object()).isSameAs(onX);
		assertThat(breach.message()).contains(length + " characters", "allows 280");
		assertThat(breach.fix()).contains("280 characters or fewer");
		assertThat(verdict.explanation()).contains("cannot be scheduled", "channel.text-too-long", "Fix: Shorten");
		assertThat(item.getStatus()).as("checking does not touch the model").isEqualTo(ContentStatus.APPROVED);
	}

	@Test
	void anItemWithoutReviewerIsRefusedBecauseSchedulingWouldNeedOne() {
		item.setReviewer(null);

		ScheduleVerdict verdict = guard.check(item);

		assertThat(verdict.breaches()).extracting(RuleBreach::ruleId).containsExactly("content.approved-without-reviewer");
		assertThat(verdict.breaches().get(0).object()).isSameAs(item);
		assertThat(verdict.breaches().get(0).fix()).contains("reviewer");
	}

	@Test
	void warningsDoNotStopScheduling() {
		item.setCategory(null);

		assertThat(guard.check(item).allowed()).isTrue();
	}

	@Test
	void refusalsListOnlyTheItemsThatMayNotBeScheduled() {
		ContentItem other = sample.item(i -> i != item && i.getStatus() == ContentStatus.APPROVED && i.getReviewer() != null
				&& guard.check(i).allowed());
		onX.setText("x".repeat(300));

		assertThat(guard.refusals(List.of(item, other))).extracting(ScheduleVerdict::item).containsExactly(item);
	}

	@Test
	void markersCarryTheWorstSeverityAndATooltipPerItem() {
		onX.setText("x".repeat(300));
		item.setCategory(null);

		ItemRuleMarkers markers = ItemRuleMarkers.of(sample.plan(), new PlanValidator().validate(sample.plan()));

		RuleMarker marker = markers.of(item);
		assertThat(marker.severity()).isEqualTo(Severity.ERROR);
		assertThat(marker.findings()).extracting(f -> f.ruleId()).startsWith("channel.text-too-long")
				.contains("content.item-without-category");
		assertThat(marker.tooltip()).startsWith("Error: ").contains("300 characters", "[channel.text-too-long]",
				"\nWarning: ");
	}
}
