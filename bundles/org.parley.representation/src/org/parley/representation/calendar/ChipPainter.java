package org.parley.representation.calendar;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.core.calendar.Occurrence;
import org.parley.core.validation.Finding;
import org.parley.core.validation.Severity;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;

/**
 * Draws one item as a chip: a status stripe, the category marker, time, channel and title, the assignee's initials
 * and, when validation found something, a rule marker whose tooltip is the finding. Later occurrences of a series
 * are drawn lighter with a dashed outline.
 */
final class ChipPainter {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
	static final double TEXT = 11;
	/** From this width on, a chip has room for its channels in the text and the assignee's initials. */
	static final double WIDE_CHIP = 150;

	private final CalendarInput input;
	private final ZoneId zone;

	ChipPainter(CalendarInput input, ZoneId zone) {
		this.input = input;
		this.zone = zone;
	}

	/** Draws the chip of {@code occurrence} (or of a backlog item when null) and records it in the picture. */
	void chip(CalendarPicture picture, double x, double y, double w, double h, ContentItem item,
			Occurrence occurrence, boolean showTime) {
		Drawing d = picture.drawing();
		boolean projected = occurrence != null && CalendarInput.isProjected(occurrence);
		Colour status = CalendarStyle.status(item.getStatus());
		boolean selected = input.selected().contains(item);
		String ref = occurrence == null || !projected ? item.getId() : item.getId() + "@" + occurrence.originalDate();
		Colour fill = status.towards(Colour.WHITE, projected ? 0.9 : 0.78);
		Box box = new Box(x, y, w, h, fill, projected ? null : selected ? CalendarStyle.SELECTION : status,
				projected ? 0 : selected ? 2 : 1, 3, ref, tooltip(item, occurrence, projected));
		d.add(box);
		if (projected) {
			d.add(new Line(List.of(x, y, x + w, y, x + w, y + h, x, y + h, x, y), selected ? CalendarStyle.SELECTION
					: status, selected ? 2 : 1, true, false));
		} else {
			d.add(new Box(x, y, 4, h, status, null, 0, 0, null, null));
		}
		double left = x + 7;
		if (item.getCategory() != null && h >= 10) {
			d.add(new Box(left, y + h / 2 - 3, 6, 6, CalendarStyle.category(item.getCategory()), null, 0, 1, null, null));
			left += 9;
		}
		double right = x + w - 3;
		double size = Math.min(TEXT, h - 4);
		// A narrow chip keeps its words for the title: the channel moves to a badge on the right, the assignee to the
		// tooltip.
		boolean narrow = w < WIDE_CHIP;
		String badge = narrow ? channels(item) : CalendarStyle.initials(item.getAssignee());
		if (!badge.isEmpty() && w > 60 && size >= 6) {
			d.add(new Label(right, y + (h - size) / 2 - 1, badge, size - 1, true, CalendarStyle.MUTED, Anchor.END, 0));
			right -= org.parley.representation.draw.TextMetrics.width(badge, size - 1, true) + 4;
		}
		List<Finding> findings = input.findings().of(item);
		if (!findings.isEmpty() && h >= 10) {
			boolean error = findings.get(0).severity() == Severity.ERROR;
			double s = Math.min(12, h - 2);
			d.add(new Box(right - s, y + (h - s) / 2, s, s, error ? CalendarStyle.ERROR : CalendarStyle.WARNING, null, 0,
					s / 2, "rule:" + ref, findings.stream().map(Finding::message).collect(Collectors.joining("\n"))));
			d.add(new Label(right - s / 2, y + (h - s) / 2 - 1, "!", s - 1, true, Colour.WHITE, Anchor.MIDDLE, 0));
			right -= s + 3;
		}
		if (size >= 6) {
			d.add(new Label(left, y + (h - size) / 2 - 1, text(item, occurrence, showTime, !narrow), size, false,
					projected ? CalendarStyle.MUTED : CalendarStyle.TEXT, Anchor.START, Math.max(1, right - left - 2)));
		}
		picture.addChip(new Chip(box, item, occurrence, projected));
	}

	private String text(ContentItem item, Occurrence occurrence, boolean showTime, boolean withChannels) {
		StringBuilder text = new StringBuilder();
		if (showTime && occurrence != null) {
			text.append(TIME.format(occurrence.start().withZoneSameInstant(zone))).append(' ');
		}
		String channels = withChannels ? channels(item) : "";
		if (!channels.isEmpty()) {
			text.append(channels).append(' ');
		}
		text.append(title(item, occurrence));
		return text.toString();
	}

	static String title(ContentItem item, Occurrence occurrence) {
		String title = occurrence != null ? occurrence.title() : item.getTitle();
		return title == null || title.isBlank() ? "(untitled)" : title;
	}

	static String channels(ContentItem item) {
		Set<String> names = new LinkedHashSet<>();
		for (ChannelVariant variant : item.getVariants()) {
			String name = CalendarStyle.channelShort(variant.getChannel());
			if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names.stream().limit(3).collect(Collectors.joining("·"));
	}

	private String tooltip(ContentItem item, Occurrence occurrence, boolean projected) {
		StringBuilder tip = new StringBuilder(title(item, occurrence));
		if (occurrence != null) {
			tip.append("\n").append(occurrence.start().withZoneSameInstant(zone).format(
					DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)));
			if (projected) {
				tip.append(" (a later occurrence of a series)");
			}
		}
		String channels = item.getVariants().stream().map(ChannelVariant::getChannel)
				.filter(c -> c != null).map(c -> c.getName()).distinct().collect(Collectors.joining(", "));
		if (!channels.isEmpty()) {
			tip.append("\nChannel: ").append(channels);
		}
		tip.append("\nStatus: ").append(CalendarStyle.statusLabel(item.getStatus()));
		if (item.getCategory() != null) {
			tip.append(" · Category: ").append(item.getCategory().getName());
		}
		if (item.getAssignee() != null) {
			tip.append(" · Assignee: ").append(item.getAssignee().getName());
		}
		for (Finding finding : input.findings().of(item)) {
			tip.append("\n").append(finding.severity() == Severity.ERROR ? "Error: " : "Warning: ")
					.append(finding.message());
		}
		return tip.toString();
	}
}
