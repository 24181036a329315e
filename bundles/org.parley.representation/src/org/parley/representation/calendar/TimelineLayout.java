package org.parley.representation.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.core.calendar.Occurrence;
import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.Plan;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;

/**
 * The per-channel timeline: one row per channel, one column per day of the month; an item shows in the row of each
 * channel it has a variant on. A channel's day is the drop target.
 */
final class TimelineLayout {

	static final double NAMES = 170, DAY_HEADER = 34, MIN_ROW = 30;

	private TimelineLayout() {
	}

	static CalendarPicture draw(CalendarInput input, CalendarSettings settings, Plan plan) {
		List<Occurrence> occurrences = input.occurrences(settings.range());
		Map<Channel, Map<LocalDate, List<Occurrence>>> rows = rows(input, plan, occurrences, settings);
		double available = settings.height() - CalendarFrame.HEADER - DAY_HEADER - CalendarFrame.FOOTER;
		double rowH = rows.isEmpty() ? MIN_ROW : Math.max(MIN_ROW, Math.min(90, available / rows.size()));
		double height = Math.max(settings.height(),
				CalendarFrame.HEADER + DAY_HEADER + rows.size() * rowH + CalendarFrame.FOOTER + 4);
		Drawing d = new Drawing(settings.width(), height, CalendarStyle.BACKGROUND);
		CalendarPicture picture = new CalendarPicture(d, settings);
		ChipPainter chips = new ChipPainter(input, settings.zone());
		CalendarFrame.header(d, settings, rows.size() + (rows.size() == 1 ? " channel · " : " channels · ") + CalendarFrame.items(occurrences.size()));
		double bodyW = CalendarFrame.bodyWidth(settings), top = CalendarFrame.HEADER;
		int days = settings.month().lengthOfMonth();
		double colW = (bodyW - NAMES) / days;
		for (int i = 0; i < days; i++) {
			LocalDate day = settings.month().atDay(i + 1);
			double x = NAMES + i * colW;
			boolean today = day.equals(settings.today());
			boolean weekend = day.getDayOfWeek().getValue() >= 6;
			d.add(new Box(x, top, colW, DAY_HEADER, today ? CalendarStyle.TODAY_FILL : CalendarStyle.HEADER,
					CalendarStyle.GRID, 1, 0, null, null));
			d.add(new Label(x + colW / 2, top + 3, day.getDayOfWeek().name().substring(0, 2), 9, false,
					today ? CalendarStyle.TODAY : CalendarStyle.MUTED, Anchor.MIDDLE, 0));
			d.add(new Label(x + colW / 2, top + 16, String.valueOf(day.getDayOfMonth()), 11, true,
					today ? CalendarStyle.TODAY : CalendarStyle.TEXT, Anchor.MIDDLE, 0));
			if (weekend || today) {
				d.add(new Box(x, top + DAY_HEADER, colW, rows.size() * rowH,
						today ? CalendarStyle.TODAY_FILL : CalendarStyle.OUTSIDE_MONTH, null, 0, 0, null, null));
			}
		}
		if (rows.isEmpty()) {
			d.text(16, top + DAY_HEADER + 10, "No channel has items this month under the current filter.", 12, false,
					CalendarStyle.MUTED, bodyW - 32);
		}
		double y = top + DAY_HEADER;
		for (Map.Entry<Channel, Map<LocalDate, List<Occurrence>>> row : rows.entrySet()) {
			Channel channel = row.getKey();
			d.add(new Box(0, y, bodyW, rowH, null, CalendarStyle.GRID, 1, 0, null, null));
			d.text(8, y + 4, channel.getName() == null ? "(unnamed channel)" : channel.getName(), 11, true,
					CalendarStyle.TEXT, NAMES - 14);
			int count = row.getValue().values().stream().mapToInt(List::size).sum();
			d.text(8, y + 18, CalendarStyle.channelShort(channel) + " · " + CalendarFrame.items(count), 10, false,
					CalendarStyle.MUTED, NAMES - 14);
			for (int i = 0; i < days; i++) {
				LocalDate day = settings.month().atDay(i + 1);
				double x = NAMES + i * colW;
				picture.addZone(x, y, colW, rowH, new DropTarget.ChannelDay(channel.getId(), day));
				cell(picture, chips, row.getValue().getOrDefault(day, List.of()), x, y, colW, rowH);
			}
			y += rowH;
		}
		for (int i = 0; i <= days; i++) {
			double x = NAMES + i * colW;
			d.add(org.parley.representation.draw.Line.straight(x, top + DAY_HEADER, x, y, CalendarStyle.GRID, 1));
		}
		picture.addZone(NAMES, top, CalendarFrame.EDGE, y - top, new DropTarget.Edge(-1));
		picture.addZone(bodyW - CalendarFrame.EDGE, top, CalendarFrame.EDGE, y - top, new DropTarget.Edge(1));
		CalendarFrame.backlog(picture, chips, input.backlog());
		CalendarFrame.legend(d, settings, false);
		return picture;
	}

	/** A day of a channel: its items stacked as small chips, "+N" when they do not fit. */
	private static void cell(CalendarPicture picture, ChipPainter chips, List<Occurrence> items, double x, double y,
			double w, double h) {
		double chipH = 12;
		int fits = (int) Math.max(0, Math.floor((h - 4) / (chipH + 2)));
		int shown = items.size() <= fits ? items.size() : Math.max(0, fits - 1);
		double at = y + 3;
		for (int i = 0; i < shown; i++) {
			chips.chip(picture, x + 2, at, Math.max(4, w - 4), chipH, items.get(i).item(), items.get(i), true);
			at += chipH + 2;
		}
		if (shown < items.size()) {
			picture.drawing().add(new Label(x + w / 2, at, "+" + (items.size() - shown), 9, true, CalendarStyle.MUTED,
					Anchor.MIDDLE, 0));
		}
	}

	/** The channels in catalogue order (those the filter names, or all), each with its items by day. */
	private static Map<Channel, Map<LocalDate, List<Occurrence>>> rows(CalendarInput input, Plan plan,
			List<Occurrence> occurrences, CalendarSettings settings) {
		Map<Channel, Map<LocalDate, List<Occurrence>>> rows = new LinkedHashMap<>();
		if (plan.getChannels() != null) {
			for (Channel channel : plan.getChannels().getChannels()) {
				if (input.filter().channels().isEmpty() || input.filter().channels().contains(channel.getId())) {
					rows.put(channel, new HashMap<>());
				}
			}
		}
		for (Occurrence o : occurrences) {
			LocalDate day = o.start().withZoneSameInstant(settings.zone()).toLocalDate();
			for (ChannelVariant variant : o.item().getVariants()) {
				Map<LocalDate, List<Occurrence>> row = rows.get(variant.getChannel());
				if (row != null) {
					row.computeIfAbsent(day, k -> new ArrayList<>()).add(o);
				}
			}
		}
		return rows;
	}
}
