package org.parley.ui.preferences;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.IllformedLocaleException;
import java.util.Locale;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.parley.ui.ParleyUi;

/** Window > Preferences > Parley: crawler defaults, analysis languages, calendar week and time zone. */
public class ParleyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id. */
	public static final String ID = "org.parley.ui.preferences";

	public ParleyPreferencePage() {
		super(GRID);
		setDescription("Defaults for crawling, analysis and the calendar. A source's own delay and page limit, set in"
				+ " the plan, come first; the page limit here caps every source.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ParleyUi.PLUGIN_ID));
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		StringFieldEditor agent = new StringFieldEditor(ParleyPreferences.USER_AGENT, "Crawler &user agent:", parent);
		agent.setEmptyStringAllowed(false);
		addField(agent);
		IntegerFieldEditor delay = new IntegerFieldEditor(ParleyPreferences.POLITENESS_DELAY,
				"&Politeness delay per host (ms):", parent);
		delay.setValidRange(0, 600_000);
		addField(delay);
		IntegerFieldEditor pages = new IntegerFieldEditor(ParleyPreferences.MAX_PAGES, "&Most pages per source:",
				parent);
		pages.setValidRange(1, 1_000_000);
		addField(pages);
		addField(new LanguagesEditor(parent));
		String[][] days = Arrays.stream(DayOfWeek.values())
				.map(d -> new String[] { d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), d.name() })
				.toArray(String[][]::new);
		addField(new ComboFieldEditor(ParleyPreferences.FIRST_DAY_OF_WEEK, "&First day of the week:", days, parent));
		addField(new TimeZoneEditor(parent));
	}

	/** Comma-separated language tags, each checked. */
	private static final class LanguagesEditor extends StringFieldEditor {

		LanguagesEditor(Composite parent) {
			super(ParleyPreferences.LANGUAGES, "Analysis &languages:", parent);
			setErrorMessage("Languages are language tags separated by commas, such as en, fr, en-GB");
		}

		@Override
		protected boolean doCheckState() {
			for (String tag : getStringValue().split("[,\\s]+")) {
				if (tag.isBlank()) {
					continue;
				}
				try {
					new Locale.Builder().setLanguageTag(tag);
				} catch (IllformedLocaleException e) {
					return false;
				}
			}
			return true;
		}
	}

	/** A zone id such as Europe/London, or empty for each plan's own zone. */
	private static final class TimeZoneEditor extends StringFieldEditor {

		TimeZoneEditor(Composite parent) {
			super(ParleyPreferences.TIME_ZONE, "Calendar &time zone (empty: the plan's):", parent);
			setErrorMessage("Not a time zone; use a name such as Europe/London or UTC");
		}

		@Override
		protected boolean doCheckState() {
			String zone = getStringValue().trim();
			if (zone.isEmpty()) {
				return true;
			}
			try {
				ZoneId.of(zone);
				return true;
			} catch (DateTimeException e) {
				return false;
			}
		}
	}
}
