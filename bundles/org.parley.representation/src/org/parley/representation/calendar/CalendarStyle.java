package org.parley.representation.calendar;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.parley.model.Channel;
import org.parley.model.ContentCategory;
import org.parley.model.ContentCategoryKind;
import org.parley.model.ContentStatus;
import org.parley.model.Member;
import org.parley.representation.draw.Colour;

/** The calendar's colours and short labels: one colour per status and per content-mix kind, channel abbreviations. */
public final class CalendarStyle {

	public static final Colour BACKGROUND = Colour.hex("#ffffff");
	public static final Colour GRID = Colour.hex("#d0d4d9");
	public static final Colour OUTSIDE_MONTH = Colour.hex("#f4f5f7");
	public static final Colour HEADER = Colour.hex("#eef1f5");
	public static final Colour TEXT = Colour.hex("#212121");
	public static final Colour MUTED = Colour.hex("#6b7280");
	public static final Colour TODAY = Colour.hex("#1565c0");
	public static final Colour TODAY_FILL = Colour.hex("#e8f1fc");
	public static final Colour SELECTION = Colour.hex("#0d47a1");
	public static final Colour ERROR = Colour.hex("#c62828");
	public static final Colour WARNING = Colour.hex("#ef6c00");

	private static final Map<ContentStatus, Colour> STATUS = new EnumMap<>(Map.of(ContentStatus.IDEA,
			Colour.hex("#9e9e9e"), ContentStatus.DRAFT, Colour.hex("#78909c"), ContentStatus.IN_REVIEW,
			Colour.hex("#f9a825"), ContentStatus.APPROVED, Colour.hex("#039be5"), ContentStatus.SCHEDULED,
			Colour.hex("#43a047"), ContentStatus.PUBLISHED, Colour.hex("#3949ab"), ContentStatus.CANCELLED,
			Colour.hex("#e57373")));

	private CalendarStyle() {
	}

	public static Colour status(ContentStatus status) {
		return STATUS.getOrDefault(status, MUTED);
	}

	/** "In review" for IN_REVIEW. */
	public static String statusLabel(ContentStatus status) {
		String words = status.getLiteral().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The colour of a content-mix kind. */
	public static Colour mix(MixKind kind) {
		return switch (kind) {
		case LEARN -> Colour.hex("#5c6bc0");
		case EXPLORE -> Colour.hex("#26a69a");
		case QUESTIONS -> Colour.hex("#ffa726");
		case OTHERS -> Colour.hex("#b0bec5");
		};
	}

	/** The category's own colour, else its mix kind's. */
	public static Colour category(ContentCategory category) {
		if (category == null) {
			return GRID;
		}
		if (category.getColour() != null && category.getColour().matches("#[0-9a-fA-F]{6}")) {
			return Colour.hex(category.getColour());
		}
		return mix(MixKind.of(category.getKind()));
	}

	/** A short name of the channel's network: X, FB, IG … */
	public static String channelShort(Channel channel) {
		if (channel == null) {
			return "";
		}
		if (channel.getNetwork() == null) {
			return initials(channel.getName());
		}
		return switch (channel.getNetwork()) {
		case XTWITTER -> "X";
		case FACEBOOK -> "FB";
		case INSTAGRAM -> "IG";
		case LINKEDIN -> "IN";
		case YOUTUBE -> "YT";
		case TIKTOK -> "TT";
		case FORUM -> "Forum";
		case BLOG -> "Blog";
		case NEWSLETTER -> "Mail";
		default -> initials(channel.getName());
		};
	}

	/** The assignee's initials, "" for none. */
	public static String initials(Member member) {
		return member == null ? "" : initials(member.getName());
	}

	static String initials(String name) {
		if (name == null || name.isBlank()) {
			return "";
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.strip().split("\\s+")) {
			if (!word.isEmpty() && initials.length() < 2 && Character.isLetterOrDigit(word.charAt(0))) {
				initials.append(Character.toUpperCase(word.charAt(0)));
			}
		}
		return initials.toString();
	}

	/** The four groups of the content-mix bar. */
	public enum MixKind {
		LEARN("Learn & improve"), EXPLORE("Explore & discover"), QUESTIONS("Q&A"), OTHERS("Others");

		private final String label;

		MixKind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public static MixKind of(ContentCategoryKind kind) {
			if (kind == null) {
				return OTHERS;
			}
			return switch (kind) {
			case LEARN_AND_IMPROVE -> LEARN;
			case EXPLORE_AND_DISCOVER -> EXPLORE;
			case QUESTION_AND_ANSWER -> QUESTIONS;
			default -> OTHERS;
			};
		}
	}
}
