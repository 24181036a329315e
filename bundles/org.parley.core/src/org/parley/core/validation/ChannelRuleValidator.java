package org.parley.core.validation;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PostingWindows;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.core.calendar.TimeRange;
import org.parley.model.Channel;
import org.parley.model.ChannelRules;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.MediaPolicy;
import org.parley.model.ParleyPackage;
import org.parley.model.PostingWindow;

/**
 * Checks a channel variant against its channel's rules: text length (as its network counts, see {@link TextLength}),
 * hashtags, media, links, and the posting window of every occurrence of its item in the first year.
 */
final class ChannelRuleValidator {

	/** A hashtag: '#' not glued to a word or URL before it, then word characters with at least one letter. */
	private static final Pattern HASHTAG = Pattern
			.compile("(?<![\\p{L}\\p{N}_/&#])#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*");
	/** A URL in running text: with a scheme or starting with www. */
	private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
	/** How far ahead recurring items are checked: a year covers every daylight-saving change once. */
	private static final long HORIZON_DAYS = 366;

	private final RecurrenceExpander expander = new RecurrenceExpander();

	void validate(ChannelVariant variant, Report report) {
		Channel channel = variant.getChannel();
		if (channel == null) {
			report.add(Rule.VARIANT_WITHOUT_CHANNEL, variant, "the variant names no channel", "feature",
					ParleyPackage.Literals.CHANNEL_VARIANT__CHANNEL);
			return;
		}
		ChannelRules rules = channel.getRules();
		if (channel.eIsProxy() || rules == null) {
			return;
		}
		String text = variant.getText() == null ? "" : variant.getText();
		checkLength(variant, channel, rules, text, report);
		checkHashtags(variant, channel, rules, text, report);
		checkMedia(variant, channel, rules, report);
		checkLinks(variant, channel, rules, text, report);
		if (rules.getPostingWindow() != null && variant.eContainer() instanceof ContentItem item
				&& item.getStatus() != ContentStatus.CANCELLED) {
			checkWindow(variant, item, channel, rules.getPostingWindow(), report);
		}
	}

	private static void checkLength(ChannelVariant variant, Channel channel, ChannelRules rules, String text,
			Report report) {
		TextLength counting = TextLength.forNetwork(channel.getNetwork());
		int length = counting.of(text);
		if (rules.getMaxTextLength() > 0 && length > rules.getMaxTextLength()) {
			report.add(Rule.TEXT_TOO_LONG, variant, "the text has " + length + " characters" + counting.unit() + ", "
					+ name(channel)
					+ " allows " + rules.getMaxTextLength(), "feature", ParleyPackage.Literals.CHANNEL_VARIANT__TEXT,
					"channel", channel, "limit", rules.getMaxTextLength(), "actual", length);
		}
	}

	private static void checkHashtags(ChannelVariant variant, Channel channel, ChannelRules rules, String text,
			Report report) {
		List<String> hashtags = matches(HASHTAG, text);
		if (rules.getMaxHashtags() >= 0 && hashtags.size() > rules.getMaxHashtags()) {
			report.add(Rule.TOO_MANY_HASHTAGS, variant, "the text has " + hashtags.size() + " hashtags, "
					+ name(channel) + " allows " + rules.getMaxHashtags(), "feature",
					ParleyPackage.Literals.CHANNEL_VARIANT__TEXT, "channel", channel, "limit", rules.getMaxHashtags(),
					"actual", hashtags.size(), "hashtags", hashtags);
		}
	}

	private static void checkMedia(ChannelVariant variant, Channel channel, ChannelRules rules, Report report) {
		if (rules.getMedia() == MediaPolicy.REQUIRED && variant.getMedia().isEmpty()) {
			report.add(Rule.MEDIA_MISSING, variant, name(channel) + " requires an image or a video, the variant has none",
					"feature", ParleyPackage.Literals.CHANNEL_VARIANT__MEDIA, "channel", channel);
		} else if (rules.getMedia() == MediaPolicy.NONE && !variant.getMedia().isEmpty()) {
			report.add(Rule.MEDIA_NOT_ALLOWED, variant,
					name(channel) + " takes no media, the variant has " + variant.getMedia().size(), "feature",
					ParleyPackage.Literals.CHANNEL_VARIANT__MEDIA, "channel", channel, "actual",
					variant.getMedia().size());
		}
	}

	private static void checkLinks(ChannelVariant variant, Channel channel, ChannelRules rules, String text,
			Report report) {
		if (rules.isLinksAllowed()) {
			return;
		}
		if (variant.getLink() != null && !variant.getLink().isBlank()) {
			report.add(Rule.LINK_NOT_ALLOWED, variant, name(channel) + " allows no links, the variant links to "
					+ variant.getLink(), "feature", ParleyPackage.Literals.CHANNEL_VARIANT__LINK, "channel", channel,
					"links", List.of(variant.getLink()));
		}
		List<String> urls = matches(URL, text);
		if (!urls.isEmpty()) {
			report.add(Rule.LINK_NOT_ALLOWED, variant,
					name(channel) + " allows no links, the text contains " + String.join(", ", urls), "feature",
					ParleyPackage.Literals.CHANNEL_VARIANT__TEXT, "channel", channel, "links", urls);
		}
	}

	private void checkWindow(ChannelVariant variant, ContentItem item, Channel channel, PostingWindow window,
			Report report) {
		ZonedDateTime first = ItemTime.startOf(item).orElse(null);
		if (first == null) {
			return;
		}
		ZoneId zone = window.getTimeZone() != null ? window.getTimeZone() : ItemTime.planZone(window);
		TimeRange horizon = new TimeRange(first.toInstant(), first.toInstant().plus(java.time.Duration.ofDays(HORIZON_DAYS)));
		List<ZonedDateTime> outside = new ArrayList<>();
		for (Occurrence occurrence : expander.expand(item, horizon)) {
			ZonedDateTime local = occurrence.start().withZoneSameInstant(zone);
			if (!isInside(window, local)) {
				outside.add(local);
			}
		}
		if (!outside.isEmpty()) {
			ZonedDateTime firstOutside = outside.get(0);
			report.add(Rule.OUTSIDE_POSTING_WINDOW, variant,
					"goes out " + firstOutside.getDayOfWeek() + " " + firstOutside.toLocalDateTime() + " " + zone.getId()
							+ (outside.size() > 1 ? " (and " + (outside.size() - 1) + " more times)" : "")
							+ ", outside the posting window of " + name(channel) + " (" + describe(window, zone) + ")",
					"feature", ParleyPackage.Literals.CONTENT_ITEM__SCHEDULED_AT, "item", item, "channel", channel,
					"window", window, "zone", zone, "occurrences", List.copyOf(outside));
		}
	}

	/**
	 * Whether a time in the window's zone lies in the window: on one of its days (any when none) and between its
	 * start and end, both included; an end before the start spans midnight (22:00 to 02:00).
	 */
	static boolean isInside(PostingWindow window, ZonedDateTime local) {
		return PostingWindows.isInside(window, local);
	}

	private static String describe(PostingWindow window, ZoneId zone) {
		String days = window.getDays().isEmpty() ? "every day" : window.getDays().toString();
		return days + " " + (window.getStartTime() == null ? "00:00" : window.getStartTime()) + "–"
				+ (window.getEndTime() == null ? "24:00" : window.getEndTime()) + " " + zone.getId();
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group());
		}
		return found;
	}

	private static String name(Channel channel) {
		return channel.getName() == null ? "the channel" : channel.getName();
	}
}
