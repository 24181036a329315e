package org.parley.core.ical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Plan;
import org.parley.model.Recurrence;

/**
 * Exports a plan's scheduled content items as an RFC 5545 calendar, one VEVENT per item.
 * <p>
 * A recurring item is written as one event with RRULE and EXDATE, its DTSTART in the item's zone (TZID) with a
 * VTIMEZONE for that zone, and one RECURRENCE-ID event per moved or reworded occurrence; cancelled occurrences
 * become EXDATEs. Rules are not expanded so that calendar apps keep a series a series (edit and delete it as a
 * whole), unbounded series stay unbounded, and RRULE's wall-clock semantics across daylight-saving changes are the
 * same as {@link RecurrenceExpander}'s. Fixed-offset zones are written in UTC.
 * <p>
 * The output is deterministic: UIDs are {@code <item-id>@parley}, DTSTAMP is the item's first start in UTC
 * (not the time of the export), and events come in start order, so re-exports diff cleanly. Backlog items (no
 * date) are left out; cancelled items stay in with STATUS:CANCELLED so that subscribers see the cancellation.
 */
public final class IcsExporter {

	/** The PRODID of the calendars Parley writes. */
	public static final String PRODID = "-//Parley//Parley Editorial Calendar//EN";

	private final RecurrenceExpander expander = new RecurrenceExpander();
	private final VTimeZoneWriter timeZones = new VTimeZoneWriter();

	/** The calendar of the plan's scheduled items that pass the filter. */
	public String export(Plan plan, IcsFilter filter) {
		return export(plan, (Predicate<ContentItem>) filter::accepts);
	}

	/** The calendar of the plan's scheduled items that {@code accepted} lets through (the calendar editor's filter). */
	public String export(Plan plan, Predicate<ContentItem> accepted) {
		List<ContentItem> items = new PlanCalendar(plan).items().stream().filter(ItemTime::isScheduled)
				.filter(accepted)
				.sorted(Comparator.comparing((ContentItem i) -> ItemTime.startOf(i).orElseThrow().toInstant())
						.thenComparing(ContentItem::getId, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		ContentLines out = new ContentLines();
		// No METHOD: an iTIP PUBLISH would require an ORGANIZER (RFC 5546), and a plain calendar file needs none.
		out.line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", PRODID).line("CALSCALE", "GREGORIAN");
		if (plan.getName() != null && !plan.getName().isBlank()) {
			out.text("X-WR-CALNAME", plan.getName());
		}
		writeTimeZones(out, items);
		for (ContentItem item : items) {
			writeItem(out, item);
		}
		out.line("END", "VCALENDAR");
		return out.toString();
	}

	/** Writes the calendar to {@code file} in UTF-8, replacing it atomically (temporary file, then rename). */
	public void export(Plan plan, IcsFilter filter, Path file) {
		export(plan, (Predicate<ContentItem>) filter::accepts, file);
	}

	/** Writes the calendar of the items {@code accepted} lets through to {@code file}, atomically. */
	public void export(Plan plan, Predicate<ContentItem> accepted, Path file) {
		String calendar = export(plan, accepted);
		Path target = file.toAbsolutePath();
		try {
			Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
			try {
				Files.writeString(temporary, calendar, StandardCharsets.UTF_8);
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the calendar to " + target + ": " + e.getMessage(), e);
		}
	}

	private void writeTimeZones(ContentLines out, List<ContentItem> items) {
		TreeMap<String, LocalDate> earliest = new TreeMap<>();
		TreeMap<String, ZoneId> zones = new TreeMap<>();
		for (ContentItem item : items) {
			ZoneId zone = ItemTime.zoneOf(item);
			if (IcsTime.usesTzid(zone)) {
				LocalDate first = firstDate(item);
				zones.put(zone.getId(), zone);
				earliest.merge(zone.getId(), first, (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		zones.forEach((id, zone) -> timeZones.write(out, zone, earliest.get(id)));
	}

	private static LocalDate firstDate(ContentItem item) {
		LocalDate first = item.getScheduledAt().toLocalDate();
		if (item.getRecurrence() != null) {
			for (OccurrenceOverride override : item.getRecurrence().getOverrides()) {
				if (override.getScheduledAt() != null && override.getScheduledAt().toLocalDate().isBefore(first)) {
					first = override.getScheduledAt().toLocalDate();
				}
			}
		}
		return first;
	}

	private void writeItem(ContentLines out, ContentItem item) {
		ZoneId zone = ItemTime.zoneOf(item);
		Recurrence rule = item.getRecurrence();
		// A series starts on its first day by the rule, which RFC 5545 needs DTSTART to be.
		LocalDateTime start = rule == null ? ZonedDateTime.of(item.getScheduledAt(), zone).toLocalDateTime()
				: expander.seriesStart(item);
		out.line("BEGIN", "VEVENT");
		writeIdentity(out, item);
		out.line("DTSTART" + IcsTime.tzidParameter(zone), IcsTime.value(start, zone));
		writeDuration(out, item);
		if (rule != null) {
			out.line("RRULE", rrule(item, rule, zone));
			Set<LocalDate> excluded = new TreeSet<>(rule.getExceptionDates());
			rule.getOverrides().stream().filter(OccurrenceOverride::isCancelled)
					.map(OccurrenceOverride::getOriginalDate).filter(d -> d != null).forEach(excluded::add);
			if (!excluded.isEmpty()) {
				LocalTime time = item.getScheduledAt().toLocalTime();
				out.line("EXDATE" + IcsTime.tzidParameter(zone), String.join(",",
						excluded.stream().map(d -> IcsTime.value(d.atTime(time), zone)).toList()));
			}
		}
		writeContent(out, item, item.getTitle(), item.getBody());
		out.line("END", "VEVENT");
		if (rule != null) {
			writeOverrides(out, item, rule, zone);
		}
	}

	private void writeOverrides(ContentLines out, ContentItem item, Recurrence rule, ZoneId zone) {
		List<OccurrenceOverride> overrides = rule.getOverrides().stream()
				.filter(o -> !o.isCancelled() && o.getOriginalDate() != null)
				.filter(o -> !rule.getExceptionDates().contains(o.getOriginalDate()))
				.sorted(Comparator.comparing(OccurrenceOverride::getOriginalDate)).toList();
		if (overrides.isEmpty()) {
			return;
		}
		LocalDate last = overrides.get(overrides.size() - 1).getOriginalDate();
		Set<LocalDate> ruleDates = new HashSet<>(expander.ruleDates(item, last));
		LocalTime time = item.getScheduledAt().toLocalTime();
		for (OccurrenceOverride override : overrides) {
			if (!ruleDates.contains(override.getOriginalDate())) {
				continue; // it overrides no occurrence; the calendar ignores it too
			}
			LocalDateTime original = override.getOriginalDate().atTime(time);
			LocalDateTime moved = override.getScheduledAt() != null ? override.getScheduledAt() : original;
			out.line("BEGIN", "VEVENT");
			writeIdentity(out, item);
			out.line("RECURRENCE-ID" + IcsTime.tzidParameter(zone), IcsTime.value(original, zone));
			out.line("DTSTART" + IcsTime.tzidParameter(zone), IcsTime.value(moved, zone));
			writeDuration(out, item);
			writeContent(out, item, orElse(override.getTitle(), item.getTitle()),
					orElse(override.getBody(), item.getBody()));
			out.line("END", "VEVENT");
		}
	}

	private static void writeIdentity(ContentLines out, ContentItem item) {
		out.text("UID", item.getId() + "@parley");
		// Derived from the item, not from the clock, so that exporting twice gives the same bytes.
		out.line("DTSTAMP", IcsTime.utc(ItemTime.startOf(item).orElseThrow().toInstant().truncatedTo(ChronoUnit.SECONDS)));
	}

	private static void writeDuration(ContentLines out, ContentItem item) {
		if (item.getDurationMinutes() > 0) {
			out.line("DURATION", "PT" + item.getDurationMinutes() + "M");
		}
	}

	private static void writeContent(ContentLines out, ContentItem item, String title, String body) {
		out.text("SUMMARY", title == null ? "" : title);
		String description = description(item, body);
		if (!description.isEmpty()) {
			out.text("DESCRIPTION", description);
		}
		List<String> categories = new ArrayList<>();
		if (item.getCategory() != null && item.getCategory().getName() != null) {
			categories.add(item.getCategory().getName());
		}
		item.getTags().stream().filter(t -> t != null && !t.isBlank()).forEach(categories::add);
		if (!categories.isEmpty()) {
			out.texts("CATEGORIES", categories);
		}
		out.line("STATUS", status(item));
	}

	/** The body, then one paragraph per channel variant, so the calendar shows what goes out where. */
	private static String description(ContentItem item, String body) {
		List<String> parts = new ArrayList<>();
		if (body != null && !body.isBlank()) {
			parts.add(body);
		}
		for (ChannelVariant variant : item.getVariants()) {
			String channel = variant.getChannel() == null || variant.getChannel().getName() == null ? "?"
					: variant.getChannel().getName();
			parts.add("[" + channel + "] " + (variant.getText() == null ? "" : variant.getText()));
		}
		return String.join("\n\n", parts);
	}

	private static String status(ContentItem item) {
		return switch (item.getStatus()) {
		case APPROVED, SCHEDULED, PUBLISHED -> "CONFIRMED";
		case CANCELLED -> "CANCELLED";
		default -> "TENTATIVE";
		};
	}

	private String rrule(ContentItem item, Recurrence rule, ZoneId zone) {
		StringBuilder rrule = new StringBuilder("FREQ=").append(rule.getFrequency().getLiteral());
		if (rule.getInterval() > 1) {
			rrule.append(";INTERVAL=").append(rule.getInterval());
		}
		switch (rule.getFrequency()) {
		case WEEKLY -> {
			if (!rule.getWeekdays().isEmpty()) {
				rrule.append(";BYDAY=").append(String.join(",", new TreeSet<>(rule.getWeekdays()).stream()
						.map(d -> d.name().substring(0, 2)).toList()));
			}
			rrule.append(";WKST=MO");
		}
		case MONTHLY -> rrule.append(";BYMONTHDAY=").append(item.getScheduledAt().getDayOfMonth());
		default -> {
			// daily needs nothing more
		}
		}
		if (rule.getCount() > 0 && rule.getUntil() != null) {
			// RRULE takes COUNT or UNTIL, not both: the occurrences both allow, counted.
			rrule.append(";COUNT=").append(expander.ruleDates(item, rule.getUntil()).size());
		} else if (rule.getCount() > 0) {
			rrule.append(";COUNT=").append(rule.getCount());
		} else if (rule.getUntil() != null) {
			// UNTIL is in UTC when DTSTART has a zone: the end of the last day in the item's zone.
			rrule.append(";UNTIL=").append(IcsTime.utc(rule.getUntil().atTime(LocalTime.of(23, 59, 59)).atZone(zone)
					.toInstant()));
		}
		return rrule.toString();
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
