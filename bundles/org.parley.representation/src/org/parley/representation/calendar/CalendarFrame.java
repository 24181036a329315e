package org.parley.representation.calendar;

import java.util.List;

import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.representation.calendar.CalendarStyle.MixKind;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;

/**
 * What every view has around its body: the title and time zone on top, the legend at the bottom, the backlog column
 * on the right, and the content-mix bars.
 */
final class CalendarFrame {

	static final double HEADER = 34, FOOTER = 22, BACKLOG = 210, CHIP = 17, EDGE = 16;

	private CalendarFrame() {
	}

	/** The width left for the view's body. */
	static double bodyWidth(CalendarSettings settings) {
		return settings.width() - (settings.withBacklog() ? BACKLOG : 0);
	}

	static void header(Drawing d, CalendarSettings settings, String subtitle) {
		d.add(new Box(0, 0, d.width(), HEADER, CalendarStyle.HEADER, null, 0, 0, null, null));
		d.text(10, 8, settings.title(), 17, true, CalendarStyle.TEXT, 0);
		// Screen fonts run wider than the estimate at this size: a generous gap keeps the subtitle clear of the title.
		double after = 30 + 1.2 * org.parley.representation.draw.TextMetrics.width(settings.title(), 17, true);
		if (subtitle != null) {
			d.text(after, 12, subtitle, 11, false, CalendarStyle.MUTED, 0);
		}
		d.add(new Label(bodyWidth(settings) - 10, 12, settings.zoneLabel(), 11, false, CalendarStyle.MUTED, Anchor.END,
				0));
	}

	/** "1 item", "3 items". */
	static String items(int count) {
		return count + (count == 1 ? " item" : " items");
	}

	/** Status colours, then the mix colours, along the bottom. */
	static void legend(Drawing d, CalendarSettings settings, boolean withMix) {
		double y = d.height() - FOOTER;
		d.add(new Box(0, y, d.width(), FOOTER, CalendarStyle.HEADER, null, 0, 0, null, null));
		double x = 10;
		for (ContentStatus status : ContentStatus.VALUES) {
			d.add(new Box(x, y + 6, 10, 10, CalendarStyle.status(status), null, 0, 2, null, null));
			String label = CalendarStyle.statusLabel(status);
			d.text(x + 13, y + 4, label, 10, false, CalendarStyle.TEXT, 0);
			x += 26 + 1.15 * org.parley.representation.draw.TextMetrics.width(label, 10, false);
		}
		x += 8;
		d.text(x, y + 4, "- - later occurrences of a series", 10, false, CalendarStyle.MUTED, 0);
		x += 170;
		if (withMix) {
			d.text(x, y + 4, "Mix:", 10, true, CalendarStyle.TEXT, 0);
			x += 28;
			for (MixKind kind : MixKind.values()) {
				d.add(new Box(x, y + 6, 10, 10, CalendarStyle.mix(kind), null, 0, 2, null, null));
				d.text(x + 13, y + 4, kind.label(), 10, false, CalendarStyle.TEXT, 0);
				x += 26 + 1.15 * org.parley.representation.draw.TextMetrics.width(kind.label(), 10, false);
			}
		}
	}

	/** The backlog column: its items as chips, "+N more" when they do not fit; all of it a drop zone. */
	static void backlog(CalendarPicture picture, ChipPainter chips, List<ContentItem> items) {
		CalendarSettings settings = picture.settings();
		if (!settings.withBacklog()) {
			return;
		}
		Drawing d = picture.drawing();
		double x = settings.width() - BACKLOG, top = HEADER, bottom = d.height() - FOOTER;
		d.add(new Box(x, top, BACKLOG, bottom - top, Colour.hex("#f7f8fa"), CalendarStyle.GRID, 1, 0, null, null));
		d.text(x + 8, top + 6, "Backlog (" + items.size() + ")", 12, true, CalendarStyle.TEXT, 0);
		d.text(x + 8, top + 22, "Undated items; drag them onto a day", 10, false, CalendarStyle.MUTED, BACKLOG - 16);
		picture.addZone(x, top, BACKLOG, bottom - top, new DropTarget.Backlog());
		double y = top + 40;
		int fits = (int) Math.max(0, Math.floor((bottom - y - 4) / (CHIP + 3)));
		int shown = items.size() <= fits ? items.size() : Math.max(0, fits - 1);
		for (int i = 0; i < shown; i++) {
			chips.chip(picture, x + 6, y, BACKLOG - 12, CHIP, items.get(i), null, false);
			y += CHIP + 3;
		}
		if (shown < items.size()) {
			d.text(x + 8, y + 2, "+" + (items.size() - shown) + " more", 11, true, CalendarStyle.MUTED, 0);
		}
		if (items.isEmpty()) {
			d.text(x + 8, y, "Empty: drop items here to unschedule them", 10, false, CalendarStyle.MUTED, BACKLOG - 16);
		}
	}

	/** A horizontal bar of the week's mix, its parts in proportion; a grey outline when the week is empty. */
	static void mixBar(Drawing d, double x, double y, double w, double h, WeekMix mix, String week) {
		String tooltip = week + ": " + mix.total() + (mix.total() == 1 ? " item" : " items")
				+ (mix.total() == 0 ? "" : " — " + mix.describe());
		d.add(new Box(x, y, w, h, Colour.hex("#f0f0f0"), CalendarStyle.GRID, 1, 2, "mix:" + week, tooltip));
		if (mix.total() == 0) {
			return;
		}
		double at = x;
		for (MixKind kind : MixKind.values()) {
			int count = mix.counts().get(kind);
			if (count == 0) {
				continue;
			}
			double part = w * count / mix.total();
			d.add(new Box(at, y, part, h, CalendarStyle.mix(kind), null, 0, 0, "mix:" + week, tooltip));
			at += part;
		}
	}
}
