package org.parley.representation.calendar.filter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.parley.core.storage.AtomicFile;
import org.parley.representation.calendar.CalendarFilter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The calendar views one user saved for one project, kept in a JSON file of their own
 * ({@code ~/.parley/views/<plan id>.json} by default), never in the shared model or the project folder: views are
 * personal, and a team's Git history should not carry them. Writes are atomic. A file that does not read is moved
 * aside (so nothing is lost) and the store starts empty, with {@link #problem()} saying what happened.
 */
public final class SavedViews {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final Path file;
	private final Map<String, SavedView> views = new LinkedHashMap<>();
	private String problem;

	private SavedViews(Path file) {
		this.file = file;
	}

	/** The default file of a project's saved views for the current user. */
	public static Path defaultFile(String projectId) {
		String safe = projectId == null || projectId.isBlank() ? "unnamed" : projectId.replaceAll("[^A-Za-z0-9._-]", "_");
		return Path.of(System.getProperty("user.home"), ".parley", "views", safe + ".json");
	}

	/**
	 * Reads the views saved in {@code file}; none when it does not exist. A corrupt file is renamed to
	 * {@code <name>.corrupt} (numbered when that exists) and reported by {@link #problem()}.
	 *
	 * @throws IOException when the file cannot be read or moved aside
	 */
	public static SavedViews load(Path file) throws IOException {
		SavedViews store = new SavedViews(file);
		String json;
		try {
			json = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return store;
		}
		try {
			store.read(json);
		} catch (RuntimeException e) {
			store.views.clear();
			Path aside = asideOf(file);
			Files.move(file, aside);
			store.problem = "Saved views file " + file + " could not be read (" + message(e) + "); kept it as "
					+ aside.getFileName() + " and started with no saved views";
		}
		return store;
	}

	/** The file the views are kept in. */
	public Path file() {
		return file;
	}

	/** What went wrong reading the file, if anything: the file, the problem, and where the old file went. */
	public Optional<String> problem() {
		return Optional.ofNullable(problem);
	}

	/** The views in the order they were first saved. */
	public List<SavedView> all() {
		return List.copyOf(views.values());
	}

	public Optional<SavedView> named(String name) {
		return Optional.ofNullable(views.get(name.strip()));
	}

	/** Saves {@code view}, replacing a view of the same name, and writes the file. */
	public void save(SavedView view) throws IOException {
		views.put(view.name(), view);
		write();
	}

	/** Deletes the view named {@code name} (if any) and writes the file. */
	public void delete(String name) throws IOException {
		if (views.remove(name.strip()) != null) {
			write();
		}
	}

	private void write() throws IOException {
		JsonArray array = new JsonArray();
		for (SavedView view : views.values()) {
			JsonObject object = new JsonObject();
			object.addProperty("name", view.name());
			if (view.viewKind() != null) {
				object.addProperty("view", view.viewKind());
			}
			object.add("filter", filterJson(view.filter()));
			array.add(object);
		}
		JsonObject root = new JsonObject();
		root.addProperty("version", 1);
		root.add("views", array);
		Files.createDirectories(file.toAbsolutePath().getParent());
		AtomicFile.write(file, (GSON.toJson(root) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private void read(String json) {
		JsonElement root = JsonParser.parseString(json);
		if (!root.isJsonObject() || !root.getAsJsonObject().has("views")
				|| !root.getAsJsonObject().get("views").isJsonArray()) {
			throw new JsonParseException("expected an object with a \"views\" array");
		}
		for (JsonElement element : root.getAsJsonObject().getAsJsonArray("views")) {
			JsonObject object = element.getAsJsonObject();
			String name = object.get("name").getAsString();
			String kind = object.has("view") ? object.get("view").getAsString() : null;
			JsonObject filter = object.has("filter") ? object.getAsJsonObject("filter") : new JsonObject();
			SavedView view = new SavedView(name, filter(filter), kind);
			views.put(view.name(), view);
		}
	}

	private static JsonObject filterJson(CalendarFilter filter) {
		JsonObject object = new JsonObject();
		for (FilterCriterion criterion : FilterCriterion.values()) {
			Set<String> keys = criterion.selected(filter);
			if (!keys.isEmpty()) {
				JsonArray array = new JsonArray();
				new TreeSet<>(keys).forEach(array::add);
				object.add(criterion.componentName(), array);
			}
		}
		return object;
	}

	private static CalendarFilter filter(JsonObject object) {
		CalendarFilter filter = CalendarFilter.ALL;
		for (FilterCriterion criterion : FilterCriterion.values()) {
			JsonElement keys = object.get(criterion.componentName());
			if (keys != null) {
				List<String> list = new ArrayList<>();
				keys.getAsJsonArray().forEach(key -> list.add(key.getAsString()));
				filter = criterion.with(filter, Set.copyOf(list));
			}
		}
		return filter;
	}

	private static Path asideOf(Path file) {
		Path aside = file.resolveSibling(file.getFileName() + ".corrupt");
		for (int n = 2; Files.exists(aside); n++) {
			aside = file.resolveSibling(file.getFileName() + ".corrupt-" + n);
		}
		return aside;
	}

	private static String message(RuntimeException e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause().getMessage() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() == null ? e.getClass().getSimpleName() : cause.getMessage();
	}
}
