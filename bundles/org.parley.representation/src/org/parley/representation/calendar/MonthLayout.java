package org.parley.representation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.core.calendar.CalendarDay;
import org.parley.core.calendar.IsoWeek;
import org.parley.core.calendar.MonthGrid;
import org.parley.core.calendar.Occurrence;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;

/**
 * The month view: core's {@link MonthGrid} as rows of seven days, each with its items as chips ("+N more" when they
 * do not fit), today outlined, a content-mix bar per week, and edges that turn to the previous or next month.
 */
final class MonthLayout {

	static final double WEEKDAYS = 20, MIX = 96, DAY_NUMBER = 18;

	private MonthLayout() {
	}

	static CalendarPicture draw(CalendarInput input, CalendarSettings settings) {
		Drawing d = new Drawing(settings.width(), settings.height(), CalendarStyle.BACKGROUND);
		CalendarPicture picture = new CalendarPicture(d, settings);
		ChipPainter chips = new ChipPainter(input, settings.zone());
		List<Occurrence> occurrences = input.occurrences(settings.range());
		MonthGrid grid = MonthGrid.of(settings.month(), settings.firstDayOfWeek(), settings.zone(), occurrences);
		CalendarFrame.header(d, settings, CalendarFrame.items(occurrences.size()));
		double left = 0, top = CalendarFrame.HEADER, gridWidth = CalendarFrame.bodyWidth(settings) - MIX;
		double cellW = gridWidth / 7;
		double rowsTop = top + WEEKDAYS, rowsBottom = d.height() - CalendarFrame.FOOTER;
		double cellH = (rowsBottom - rowsTop) / grid.weeks().size();
		for (int i = 0; i < 7; i++) {
			DayOfWeek day = settings.firstDayOfWeek().plus(i);
			d.text(left + i * cellW + 6, top + 3, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH), 11, true,
					CalendarStyle.MUTED, cellW - 8);
		}
		d.add(new Label(left + gridWidth + MIX / 2, top + 3, "Content mix", 11, true, CalendarStyle.MUTED, Anchor.MIDDLE,
				MIX - 8));
		for (int row = 0; row < grid.weeks().size(); row++) {
			List<CalendarDay> week = grid.weeks().get(row);
			double y = rowsTop + row * cellH;
			for (int col = 0; col < 7; col++) {
				day(picture, chips, week.get(col), left + col * cellW, y, cellW, cellH, settings.today());
			}
			List<Occurrence> ofWeek = new ArrayList<>();
			week.forEach(day -> ofWeek.addAll(day.occurrences()));
			IsoWeek iso = IsoWeek.of(week.get(0).date());
			d.add(new Box(left + gridWidth, y, MIX, cellH, CalendarStyle.HEADER, CalendarStyle.GRID, 1, 0, null, null));
			CalendarFrame.mixBar(d, left + gridWidth + 8, y + 8, MIX - 16, 12, WeekMix.of(ofWeek, settings.zone()),
					iso.toString());
			d.text(left + gridWidth + 8, y + 24, iso.toString() + " · " + ofWeek.size(), 10, false, CalendarStyle.MUTED,
					MIX - 16);
		}
		picture.addZone(left, rowsTop, CalendarFrame.EDGE, rowsBottom - rowsTop, new DropTarget.Edge(-1));
		picture.addZone(left + gridWidth - CalendarFrame.EDGE, rowsTop, CalendarFrame.EDGE, rowsBottom - rowsTop,
				new DropTarget.Edge(1));
		CalendarFrame.backlog(picture, chips, input.backlog());
		CalendarFrame.legend(d, settings, true);
		return picture;
	}

	private static void day(CalendarPicture picture, ChipPainter chips, CalendarDay day, double x, double y, double w,
			double h, LocalDate today) {
		Drawing d = picture.drawing();
		boolean isToday = day.date().equals(today);
		Colour fill = isToday ? CalendarStyle.TODAY_FILL : day.inMonth() ? CalendarStyle.BACKGROUND : CalendarStyle.OUTSIDE_MONTH;
		d.add(new Box(x, y, w, h, fill, CalendarStyle.GRID, 1, 0, "day:" + day.date(), null));
		if (isToday) {
			d.add(new Box(x + 1, y + 1, w - 2, h - 2, null, CalendarStyle.TODAY, 2, 0, null, null));
		}
		String number = day.date().getDayOfMonth() == 1
				? day.date().getDayOfMonth() + " " + day.date().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
				: String.valueOf(day.date().getDayOfMonth());
		d.text(x + 5, y + 3, isToday ? number + "  Today" : number, 11, isToday || day.date().getDayOfMonth() == 1,
				isToday ? CalendarStyle.TODAY : day.inMonth() ? CalendarStyle.TEXT : CalendarStyle.MUTED, w - 10);
		picture.addZone(x, y, w, h, new DropTarget.Day(day.date()));
		List<Occurrence> occurrences = day.occurrences();
		int fits = (int) Math.max(0, Math.floor((h - DAY_NUMBER - 3) / (CalendarFrame.CHIP + 2)));
		int shown = occurrences.size() <= fits ? occurrences.size() : Math.max(0, fits - 1);
		double chipY = y + DAY_NUMBER;
		for (int i = 0; i < shown; i++) {
			Occurrence occurrence = occurrences.get(i);
			chips.chip(picture, x + 3, chipY, w - 6, CalendarFrame.CHIP, occurrence.item(), occurrence, true);
			chipY += CalendarFrame.CHIP + 2;
		}
		if (shown < occurrences.size()) {
			d.text(x + 6, chipY + 1, "+" + (occurrences.size() - shown) + " more", 11, true, CalendarStyle.MUTED, w - 10);
		}
	}
}
