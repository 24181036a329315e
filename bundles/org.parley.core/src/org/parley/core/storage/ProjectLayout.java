package org.parley.core.storage;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where each aggregate of a plan lives inside a project folder: one file per aggregate, and one file per calendar
 * month, so that two people rarely change the same file.
 *
 * <pre>
 * plan.parley        the Plan (name, time zone, languages)
 * strategy.parley    brands, teams, customer groups, topics, categories, KPIs, campaigns
 * matrix.parley      the conversation cells
 * channels.parley    the channel catalogue
 * listening.parley   listening sources and queries
 * schedules/2026-11.parley   the content items of one month
 * schedules/backlog.parley   the unscheduled items
 * </pre>
 */
public final class ProjectLayout {

	public static final String PLAN = "plan.parley";
	public static final String STRATEGY = "strategy.parley";
	public static final String MATRIX = "matrix.parley";
	public static final String CHANNELS = "channels.parley";
	public static final String LISTENING = "listening.parley";
	public static final String SCHEDULES = "schedules";
	public static final String BACKLOG = "backlog";

	private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private final Path directory;

	/** @param directory the project folder */
	public ProjectLayout(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** @return the project folder */
	public Path directory() {
		return directory;
	}

	/** @return the file of the plan itself, whose presence makes a folder a Parley project */
	public Path planFile() {
		return directory.resolve(PLAN);
	}

	/** @return the file of one aggregate named by its constant, such as {@link #STRATEGY} */
	public Path file(String name) {
		return directory.resolve(name);
	}

	/** @return the folder of the monthly schedules */
	public Path schedulesFolder() {
		return directory.resolve(SCHEDULES);
	}

	/**
	 * @param month {@code yyyy-MM}, or {@code null} or empty for the backlog
	 * @return the file of that month's schedule
	 * @throws IllegalArgumentException when {@code month} is not {@code yyyy-MM}
	 */
	public Path scheduleFile(String month) {
		if (month == null || month.isEmpty()) {
			return schedulesFolder().resolve(BACKLOG + "." + ModelFileFormat.EXTENSION);
		}
		if (!MONTH.matcher(month).matches()) {
			throw new IllegalArgumentException("Schedule month '" + month + "' is not of the form yyyy-MM");
		}
		return schedulesFolder().resolve(month + "." + ModelFileFormat.EXTENSION);
	}
}
