package org.parley.core.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.parley.model.Channel;
import org.parley.model.PostingWindow;

/** When a channel takes posts: its posting window's days and hours, in the window's zone (else the plan's). */
public final class PostingWindows {

	private PostingWindows() {
	}

	/** The posting window of the channel, or {@code null} when it takes posts at any time. */
	public static PostingWindow of(Channel channel) {
		return channel == null || channel.getRules() == null ? null : channel.getRules().getPostingWindow();
	}

	/** The zone the window's days and hours are in: its own, else the plan's, else UTC. */
	public static ZoneId zoneOf(PostingWindow window) {
		return window.getTimeZone() != null ? window.getTimeZone() : ItemTime.planZone(window);
	}

	/** Whether a moment lies in the window, seen in the window's zone. */
	public static boolean accepts(PostingWindow window, ZonedDateTime moment) {
		return window == null || isInside(window, moment.withZoneSameInstant(zoneOf(window)));
	}

	/**
	 * Whether a time in the window's zone lies in the window: on one of its days (any when none) and between its
	 * start and end, both included; an end before the start spans midnight (22:00 to 02:00).
	 */
	public static boolean isInside(PostingWindow window, ZonedDateTime local) {
		if (!window.getDays().isEmpty() && !window.getDays().contains(local.getDayOfWeek())) {
			return false;
		}
		LocalTime time = local.toLocalTime();
		LocalTime start = window.getStartTime() == null ? LocalTime.MIN : window.getStartTime();
		LocalTime end = window.getEndTime() == null ? LocalTime.MAX : window.getEndTime();
		if (!end.isBefore(start)) {
			return !time.isBefore(start) && !time.isAfter(end);
		}
		return !time.isBefore(start) || !time.isAfter(end);
	}
}
