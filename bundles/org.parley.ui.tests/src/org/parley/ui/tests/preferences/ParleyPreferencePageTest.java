package org.parley.ui.tests.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.listening.run.CrawlDefaults;
import org.parley.ui.ParleyUi;
import org.parley.ui.preferences.ParleyPreferences;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WorkbenchDriver;

/** Window > Preferences > Parley, reached from the Parley menu: values a user sets are kept and used. */
class ParleyPreferencePageTest {

	private static final String AGENT = "ParleyTest/1.0 (+https://example.org/bot)";

	private final UiDriver ui = new UiDriver(java.time.Duration.ofSeconds(20));
	private final WorkbenchDriver workbench = ui.workbench();

	@AfterEach
	void restoreDefaults() throws Exception {
		var node = InstanceScope.INSTANCE.getNode(ParleyUi.PLUGIN_ID);
		for (String key : new String[] { ParleyPreferences.USER_AGENT, ParleyPreferences.POLITENESS_DELAY,
				ParleyPreferences.MAX_PAGES, ParleyPreferences.TIME_ZONE, ParleyPreferences.LANGUAGES }) {
			node.remove(key);
		}
		node.flush();
	}

	@Test
	void showsTheDefaultsFromTheInitializer() {
		String[] shown = new String[2];
		inPreferences(dialog -> {
			shown[0] = dialog.textWithLabel("Crawler user agent:").text();
			shown[1] = dialog.textWithLabel("Analysis languages:").text();
			dialog.button("Cancel").click();
		});

		assertThat(shown).containsExactly(CrawlDefaults.builtIn().userAgent(), "en,fr");
		assertThat(ParleyPreferences.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
	}

	@Test
	void keepsWhatTheUserSetsAndTheCrawlUsesIt() {
		inPreferences(dialog -> {
			dialog.textWithLabel("Crawler user agent:").setText(AGENT);
			dialog.textWithLabel("Most pages per source:").setText("40");
			dialog.textWithLabel("Calendar time zone (empty: the plan's):").setText("Europe/Paris");
			dialog.button("Apply and Close").click();
		});

		assertThat(ParleyPreferences.crawlDefaults().userAgent()).isEqualTo(AGENT);
		assertThat(ParleyPreferences.crawlDefaults().maxPages()).isEqualTo(40);
		assertThat(ParleyPreferences.timeZone()).hasToString("Europe/Paris");
		String[] shown = new String[1];
		inPreferences(again -> {
			shown[0] = again.textWithLabel("Crawler user agent:").text();
			again.button("Cancel").click();
		});
		assertThat(shown[0]).isEqualTo(AGENT);
	}

	@Test
	void refusesATimeZoneThatDoesNotExist() {
		inPreferences(dialog -> {
			dialog.textWithLabel("Calendar time zone (empty: the plan's):").setText("Mars/Olympus");
			ui.waitUntil("Apply and Close to be disabled", () -> !dialog.button("Apply and Close").isEnabled());
			dialog.textWithLabel("Calendar time zone (empty: the plan's):").setText("UTC");
			ui.waitUntil("Apply and Close to be enabled", () -> dialog.button("Apply and Close").isEnabled());
			dialog.button("Cancel").click();
		});

		assertThat(ParleyPreferences.timeZone()).isNull();
	}

	/** Opens Parley > Preferences... and works the dialog, which the interaction closes. */
	private void inPreferences(java.util.function.Consumer<ShellHandle> interaction) {
		ui.withDialog(() -> ui.clickMenu(workbench.windowShell(), "Parley", "Preferences..."),
				() -> interaction.accept(ui.shellTitled("Preferences")));
	}
}
