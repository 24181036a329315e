package org.parley.ui.preferences;

import java.time.DayOfWeek;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.parley.listening.run.CrawlDefaults;
import org.parley.ui.ParleyUi;

/** The one place where Parley's preference defaults are set. */
public class ParleyPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(ParleyUi.PLUGIN_ID);
		CrawlDefaults crawl = CrawlDefaults.builtIn();
		defaults.put(ParleyPreferences.USER_AGENT, crawl.userAgent());
		defaults.putInt(ParleyPreferences.POLITENESS_DELAY, crawl.politenessDelayMillis());
		defaults.putInt(ParleyPreferences.MAX_PAGES, crawl.maxPages());
		defaults.put(ParleyPreferences.LANGUAGES, "en,fr");
		defaults.put(ParleyPreferences.FIRST_DAY_OF_WEEK, DayOfWeek.MONDAY.name());
		defaults.put(ParleyPreferences.TIME_ZONE, "");
	}
}
