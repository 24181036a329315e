package org.parley.representation.calendar;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.parley.core.calendar.CalendarDay;
import org.parley.core.calendar.IsoWeek;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.WeekGrid;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;

/**
 * The week view: seven day columns with one row per hour (from 07:00 to 21:00, or wider when items fall outside),
 * items at their time, an hour slot as drop target, the week's content mix along the bottom.
 */
final class WeekLayout {

	static final double GUTTER = 52, DAY_HEADER = 34, MIX_ROW = 26;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	private WeekLayout() {
	}

	static CalendarPicture draw(CalendarInput input, CalendarSettings settings) {
		Drawing d = new Drawing(settings.width(), settings.height(), CalendarStyle.BACKGROUND);
		CalendarPicture picture = new CalendarPicture(d, settings);
		ChipPainter chips = new ChipPainter(input, settings.zone());
		List<Occurrence> occurrences = input.occurrences(settings.range());
		WeekGrid grid = WeekGrid.of(settings.focus(), settings.firstDayOfWeek(), settings.zone(), occurrences);
		CalendarFrame.header(d, settings, CalendarFrame.items(occurrences.size()));
		int firstHour = 7, lastHour = 21;
		for (Occurrence o : occurrences) {
			int hour = o.start().withZoneSameInstant(settings.zone()).getHour();
			firstHour = Math.min(firstHour, hour);
			lastHour = Math.max(lastHour, hour + 1);
		}
		double top = CalendarFrame.HEADER, bodyW = CalendarFrame.bodyWidth(settings);
		double colW = (bodyW - GUTTER) / 7;
		double hoursTop = top + DAY_HEADER, hoursBottom = d.height() - CalendarFrame.FOOTER - MIX_ROW;
		int hours = lastHour - firstHour;
		double rowH = (hoursBottom - hoursTop) / hours;
		for (int h = 0; h < hours; h++) {
			double y = hoursTop + h * rowH;
			d.add(Line.straight(GUTTER, y, bodyW, y, CalendarStyle.GRID, 1));
			d.add(new Label(GUTTER - 6, y + 2, String.format("%02d:00", firstHour + h), 10, false, CalendarStyle.MUTED,
					Anchor.END, 0));
		}
		for (int c = 0; c < 7; c++) {
			CalendarDay day = grid.days().get(c);
			double x = GUTTER + c * colW;
			boolean today = day.date().equals(settings.today());
			d.add(new Box(x, top, colW, DAY_HEADER, today ? CalendarStyle.TODAY_FILL : CalendarStyle.HEADER,
					CalendarStyle.GRID, 1, 0, "day:" + day.date(), null));
			d.text(x + 6, top + 4, DAY.format(day.date()), 12, true, today ? CalendarStyle.TODAY : CalendarStyle.TEXT,
					colW - 10);
			d.text(x + 6, top + 19, (today ? "Today · " : "") + CalendarFrame.items(day.occurrences().size()),
					10, false, today ? CalendarStyle.TODAY : CalendarStyle.MUTED, colW - 10);
			d.add(Line.straight(x, hoursTop, x, hoursBottom, CalendarStyle.GRID, 1));
			if (today) {
				d.add(new Box(x + 1, hoursTop, colW - 2, hoursBottom - hoursTop, null, CalendarStyle.TODAY, 2, 0, null, null));
			}
			picture.addZone(x, top, colW, DAY_HEADER, new DropTarget.Day(day.date()));
			for (int h = 0; h < hours; h++) {
				picture.addZone(x, hoursTop + h * rowH, colW, rowH,
						new DropTarget.Slot(day.date(), LocalTime.of(firstHour + h, 0)));
			}
			dayItems(picture, chips, day, x, hoursTop, colW, rowH, firstHour, settings);
		}
		List<Occurrence> all = new ArrayList<>();
		grid.days().forEach(day -> all.addAll(day.occurrences()));
		d.text(8, hoursBottom + 7, "Mix", 11, true, CalendarStyle.MUTED, 0);
		CalendarFrame.mixBar(d, GUTTER, hoursBottom + 6, bodyW - GUTTER - 8, 14, WeekMix.of(all, settings.zone()),
				IsoWeek.of(grid.firstDay()).toString());
		picture.addZone(GUTTER, hoursTop, CalendarFrame.EDGE, hoursBottom - hoursTop, new DropTarget.Edge(-1));
		picture.addZone(bodyW - CalendarFrame.EDGE, hoursTop, CalendarFrame.EDGE, hoursBottom - hoursTop,
				new DropTarget.Edge(1));
		CalendarFrame.backlog(picture, chips, input.backlog());
		CalendarFrame.legend(d, settings, true);
		return picture;
	}

	/** Items of one day at their hour; items of the same hour share its width. */
	private static void dayItems(CalendarPicture picture, ChipPainter chips, CalendarDay day, double x, double top,
			double colW, double rowH, int firstHour, CalendarSettings settings) {
		Map<Integer, List<Occurrence>> byHour = new TreeMap<>();
		for (Occurrence o : day.occurrences()) {
			byHour.computeIfAbsent(o.start().withZoneSameInstant(settings.zone()).getHour(), h -> new ArrayList<>()).add(o);
		}
		byHour.forEach((hour, list) -> {
			double w = (colW - 6) / list.size();
			for (int i = 0; i < list.size(); i++) {
				Occurrence o = list.get(i);
				ZonedDateTime start = o.start().withZoneSameInstant(settings.zone());
				double y = top + (hour - firstHour + start.getMinute() / 60.0) * rowH + 1;
				double h = Math.max(12, Math.min(rowH - 2, 2 * CalendarFrame.CHIP));
				chips.chip(picture, x + 3 + i * w, y, w - 2, h, o.item(), o, true);
			}
		});
	}
}
