package org.parley.representation.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;

import org.parley.core.calendar.Occurrence;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;

/**
 * The agenda: the month's days that have items (and today), each a header and one row per item with time, channel,
 * title, status, category and assignee. The picture grows downwards as the list needs; the page scrolls it.
 */
final class AgendaLayout {

	static final double DAY_ROW = 24, ITEM_ROW = 22;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

	private AgendaLayout() {
	}

	static CalendarPicture draw(CalendarInput input, CalendarSettings settings) {
		List<Occurrence> occurrences = input.occurrences(settings.range());
		Map<LocalDate, List<Occurrence>> byDay = new TreeMap<>();
		for (Occurrence o : occurrences) {
			byDay.computeIfAbsent(o.start().withZoneSameInstant(settings.zone()).toLocalDate(), day -> new ArrayList<>())
					.add(o);
		}
		if (!settings.today().isBefore(settings.firstDay()) && !settings.today().isAfter(settings.lastDay())) {
			byDay.computeIfAbsent(settings.today(), day -> new ArrayList<>());
		}
		double needed = CalendarFrame.HEADER + 8 + byDay.size() * DAY_ROW + occurrences.size() * ITEM_ROW
				+ CalendarFrame.FOOTER + 30;
		double height = Math.max(settings.height(), needed);
		Drawing d = new Drawing(settings.width(), height, CalendarStyle.BACKGROUND);
		CalendarPicture picture = new CalendarPicture(d, settings);
		ChipPainter chips = new ChipPainter(input, settings.zone());
		CalendarFrame.header(d, settings, CalendarFrame.items(occurrences.size()));
		double w = CalendarFrame.bodyWidth(settings), y = CalendarFrame.HEADER + 8;
		if (byDay.isEmpty()) {
			d.text(16, y + 8, "Nothing planned this month that the filter shows. Drag items from the backlog onto a "
					+ "day in the month view, or go to another month.", 12, false, CalendarStyle.MUTED, w - 32);
		}
		for (Map.Entry<LocalDate, List<Occurrence>> entry : byDay.entrySet()) {
			LocalDate day = entry.getKey();
			boolean today = day.equals(settings.today());
			double dayTop = y;
			d.add(new Box(8, y, w - 16, DAY_ROW - 2, today ? CalendarStyle.TODAY_FILL : CalendarStyle.HEADER, null, 0, 2,
					"day:" + day, null));
			d.text(16, y + 4, DAY.format(day) + (today ? " · Today" : ""), 12, true,
					today ? CalendarStyle.TODAY : CalendarStyle.TEXT, w / 2);
			d.text(w - 120, y + 5, CalendarFrame.items(entry.getValue().size()), 10,
					false, CalendarStyle.MUTED, 100);
			y += DAY_ROW;
			for (Occurrence o : entry.getValue()) {
				double chipW = Math.max(120, w - 340);
				chips.chip(picture, 24, y, chipW, ITEM_ROW - 4, o.item(), o, true);
				String details = CalendarStyle.statusLabel(o.item().getStatus())
						+ (o.item().getCategory() == null ? "" : " · " + o.item().getCategory().getName());
				d.text(24 + chipW + 10, y + 3, details, 10, false, CalendarStyle.MUTED, Math.max(40, w - chipW - 60));
				y += ITEM_ROW;
			}
			picture.addZone(8, dayTop, w - 16, y - dayTop, new DropTarget.Day(day));
		}
		CalendarFrame.backlog(picture, chips, input.backlog());
		CalendarFrame.legend(d, settings, false);
		return picture;
	}
}
