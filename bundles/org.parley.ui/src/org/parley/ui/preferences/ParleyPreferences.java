package org.parley.ui.preferences;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.parley.listening.run.CrawlDefaults;
import org.parley.ui.ParleyUi;

/**
 * Parley's preferences (Window > Preferences > Parley), kept in the instance scope of {@code org.parley.ui}
 * with the defaults of {@link ParleyPreferenceInitializer}: crawler defaults, analysis languages, and how the
 * calendar shows weeks and times.
 */
public final class ParleyPreferences {

	/** The User-Agent the crawler announces. */
	public static final String USER_AGENT = "crawler.userAgent";
	/** Milliseconds between two requests to one host, for sources that set none. */
	public static final String POLITENESS_DELAY = "crawler.politenessDelayMillis";
	/** The most pages of one source in one crawl. */
	public static final String MAX_PAGES = "crawler.maxPages";
	/** The languages analysis expects, comma-separated language tags such as {@code en,fr}. */
	public static final String LANGUAGES = "analysis.languages";
	/** The first day of the calendar's weeks, a {@link DayOfWeek} name. */
	public static final String FIRST_DAY_OF_WEEK = "calendar.firstDayOfWeek";
	/** The zone the calendar shows times in, a {@link ZoneId}; empty for the plan's own. */
	public static final String TIME_ZONE = "calendar.timeZone";

	private ParleyPreferences() {
	}

	/** The crawler defaults as set. */
	public static CrawlDefaults crawlDefaults() {
		return new CrawlDefaults(string(USER_AGENT), service().getInt(ParleyUi.PLUGIN_ID, POLITENESS_DELAY, 0, null),
				service().getInt(ParleyUi.PLUGIN_ID, MAX_PAGES, 0, null));
	}

	/** The analysis languages as set, in order. */
	public static List<String> languages() {
		return Arrays.stream(string(LANGUAGES).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	/** The first day of the week as set. */
	public static DayOfWeek firstDayOfWeek() {
		try {
			return DayOfWeek.valueOf(string(FIRST_DAY_OF_WEEK));
		} catch (IllegalArgumentException e) {
			return DayOfWeek.MONDAY;
		}
	}

	/** The zone the calendar shows times in, or {@code null} for each plan's own zone. */
	public static ZoneId timeZone() {
		String zone = string(TIME_ZONE);
		try {
			return zone.isBlank() ? null : ZoneId.of(zone.trim());
		} catch (java.time.DateTimeException e) {
			return null;
		}
	}

	private static String string(String key) {
		return service().getString(ParleyUi.PLUGIN_ID, key, "", null);
	}

	private static IPreferencesService service() {
		return Platform.getPreferencesService();
	}
}
