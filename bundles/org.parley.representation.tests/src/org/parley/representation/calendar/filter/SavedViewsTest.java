package org.parley.representation.calendar.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.representation.calendar.CalendarFilter;

/** Saved views in the user's own file: written, read back, deleted; a corrupt file is kept aside and reported. */
class SavedViewsTest {

	@TempDir
	Path home;

	private final CalendarFilter scheduledOnX = FilterCriterion.CHANNEL
			.with(FilterCriterion.STATUS.with(CalendarFilter.ALL, Set.of("SCHEDULED", "APPROVED")), Set.of("channel-x"));

	@Test
	void viewsSurviveARoundTripThroughTheFile() throws IOException {
		Path file = home.resolve(".parley/views/plan-1.json");
		SavedViews views = SavedViews.load(file);
		views.save(new SavedView("Ready for X", scheduledOnX, "week"));
		views.save(new SavedView("Everything", CalendarFilter.ALL, null));

		SavedViews again = SavedViews.load(file);

		assertThat(again.problem()).isEmpty();
		assertThat(again.all()).containsExactly(new SavedView("Ready for X", scheduledOnX, "week"),
				new SavedView("Everything", CalendarFilter.ALL, null));
		assertThat(Files.readString(file)).contains("\"statuses\"", "\"APPROVED\"", "\"channel-x\"", "\"week\"");
	}

	@Test
	void savingUnderAnExistingNameReplacesAndDeleteRemoves() throws IOException {
		Path file = home.resolve("views.json");
		SavedViews views = SavedViews.load(file);
		views.save(new SavedView("Mine", CalendarFilter.ALL, "month"));
		views.save(new SavedView(" Mine ", scheduledOnX, "agenda"));
		views.save(new SavedView("Other", CalendarFilter.ALL, "month"));
		views.delete("Other");

		assertThat(SavedViews.load(file).all()).containsExactly(new SavedView("Mine", scheduledOnX, "agenda"));
	}

	@Test
	void aCorruptFileIsKeptAsideNamedInTheProblemAndTheStoreStartsEmpty() throws IOException {
		Path file = home.resolve("views.json");
		String broken = "{\"views\": [ {\"name\": \"Half\", \"filter\": {\"teams\": [\"a\"";
		Files.writeString(file, broken, StandardCharsets.UTF_8);

		SavedViews views = SavedViews.load(file);

		assertThat(views.all()).isEmpty();
		assertThat(views.problem()).hasValueSatisfying(p -> assertThat(p).contains(file.toString(), "views.json.corrupt"));
		assertThat(Files.readString(home.resolve("views.json.corrupt"))).isEqualTo(broken);
		views.save(new SavedView("Fresh", CalendarFilter.ALL, null));
		assertThat(SavedViews.load(file).all()).extracting(SavedView::name).containsExactly("Fresh");
		assertThat(Files.readString(home.resolve("views.json.corrupt"))).isEqualTo(broken);
	}

	@Test
	void anUnknownStatusMakesTheFileCorruptRatherThanSilentlyWidening() throws IOException {
		Path file = home.resolve("views.json");
		Files.writeString(file, "{\"views\":[{\"name\":\"x\",\"filter\":{\"statuses\":[\"LOST\"]}}]}");

		SavedViews views = SavedViews.load(file);

		assertThat(views.problem()).hasValueSatisfying(p -> assertThat(p).contains("No content status LOST"));
		assertThat(Files.exists(home.resolve("views.json.corrupt"))).isTrue();
	}

	@Test
	void theDefaultFileIsPerProjectUnderTheUsersHomeNotInTheProject() {
		Path file = SavedViews.defaultFile("3f1c-ab/..");

		assertThat(file).isEqualTo(Path.of(System.getProperty("user.home"), ".parley", "views", "3f1c-ab_...json"));
	}
}
