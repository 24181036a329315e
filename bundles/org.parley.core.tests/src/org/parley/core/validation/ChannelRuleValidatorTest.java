package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.ChannelRules;
import org.parley.model.Frequency;
import org.parley.model.MediaPolicy;
import org.parley.model.Network;
import org.parley.model.ParleyFactory;
import org.parley.model.PostingWindow;

class ChannelRuleValidatorTest {

	private final CleanPlan clean = new CleanPlan();
	private final ChannelRules rules = clean.instagram.getRules();

	private List<Finding> findings() {
		return new PlanValidator().validate(clean.fixture.plan);
	}

	private PostingWindow window(LocalTime start, LocalTime end, ZoneId zone, DayOfWeek... days) {
		PostingWindow window = ParleyFactory.eINSTANCE.createPostingWindow();
		window.setId("window");
		window.setStartTime(start);
		window.setEndTime(end);
		window.setTimeZone(zone);
		window.getDays().addAll(List.of(days));
		rules.setPostingWindow(window);
		return window;
	}

	@Test
	void textLongerThanTheChannelAllowsIsAnError() {
		rules.setMaxTextLength(10);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("channel.text-too-long");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.objectLabel()).isEqualTo("ChannelVariant \"Summer sale teaser on Instagram\"");
			assertThat(f.message()).contains("18 characters", "allows 10");
		});
	}

	@Test
	void textLengthCountsCharactersNotUtf16Units() {
		rules.setMaxTextLength(3);
		clean.variant.setText("😀😀😀");

		assertThat(findings()).isEmpty();
	}

	@Test
	void textLengthOnXCountsALinkAsTwentyThreeAndAnEmojiAsTwo() {
		clean.instagram.setNetwork(Network.XTWITTER);
		rules.setLinksAllowed(true);
		rules.setMaxTextLength(26);
		clean.variant.setText("😀 https://example.com/a/long/path/that/X/shortens");

		assertThat(findings()).isEmpty();

		rules.setMaxTextLength(25);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("channel.text-too-long");
			assertThat(f.message()).contains("26 characters as X counts them", "allows 25");
		});
	}

	@Test
	void moreHashtagsThanAllowedIsAnError() {
		rules.setMaxHashtags(2);
		clean.variant.setText("#summer #sale #deal, see example.com/page#top");

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("channel.too-many-hashtags");
	}

	@Test
	void anchorsInUrlsAreNotHashtags() {
		rules.setMaxHashtags(0);
		clean.variant.setText("Read https://example.com/page#top and issue #42");

		assertThat(findings()).isEmpty();
	}

	@Test
	void requiredMediaMissingIsAnError() {
		rules.setMedia(MediaPolicy.REQUIRED);

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("channel.media-missing");
	}

	@Test
	void mediaOnAChannelThatTakesNoneIsAnError() {
		rules.setMedia(MediaPolicy.NONE);
		clean.variant.getMedia().add("media/teaser.jpg");

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("channel.media-not-allowed");
	}

	@Test
	void variantWithoutChannelIsAnError() {
		clean.variant.setChannel(null);

		assertThat(findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("content.variant-without-channel", Severity.ERROR));
	}

	@Test
	void linkFieldOnAChannelWithoutLinksIsAnError() {
		rules.setLinksAllowed(false);
		clean.variant.setLink("https://shop.example.com/sale");

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("channel.link-not-allowed");
	}

	@Test
	void urlInTheTextOfAChannelWithoutLinksIsAnError() {
		rules.setLinksAllowed(false);
		clean.variant.setText("Sale starts now: www.example.com/sale");

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("channel.link-not-allowed");
			assertThat(f.message()).contains("www.example.com/sale");
		});
	}

	@Test
	void postOutsideTheWindowHoursInTheWindowsZoneIsAWarning() {
		// 10:00 in Paris is 05:00 in New York.
		window(LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("America/New_York"));

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("channel.outside-posting-window");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.message()).contains("2026-03-10T05:00 America/New_York");
		});
	}

	@Test
	void postInsideTheWindowHoursInTheWindowsZoneIsFine() {
		clean.item.setScheduledAt(LocalDateTime.of(2026, 3, 10, 16, 0));
		window(LocalTime.of(9, 0), LocalTime.of(18, 0), ZoneId.of("America/New_York"));

		assertThat(findings()).isEmpty();
	}

	@Test
	void postOnADayOutsideTheWindowIsAWarning() {
		window(null, null, null, DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("channel.outside-posting-window");
	}

	@Test
	void windowAcrossMidnightTakesLateEveningPosts() {
		clean.item.setScheduledAt(LocalDateTime.of(2026, 3, 10, 23, 30));
		window(LocalTime.of(22, 0), LocalTime.of(2, 0), null);

		assertThat(findings()).isEmpty();
	}

	@Test
	void recurringPostThatLeavesTheWindowWhenOnlyOneSideChangesTimeIsAWarning() {
		// 15:00 Paris is 09:00 New York, but 10:00 between the US (March 8) and the EU (March 29) spring changes.
		clean.item.setScheduledAt(LocalDateTime.of(2026, 3, 2, 15, 0));
		clean.fixture.repeat(clean.item, Frequency.WEEKLY, 1).setCount(4);
		window(LocalTime.of(9, 0), LocalTime.of(9, 30), ZoneId.of("America/New_York"));

		assertThat(findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("2026-03-09T10:00",
				"and 2 more times"));
	}
}
