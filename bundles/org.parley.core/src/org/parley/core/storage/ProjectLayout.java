package org.parley.core.storage;

import java.time.YearMonth;
import java.util.regex.Pattern;

import org.parley.model.ChannelCatalog;
import org.parley.model.ContentItem;
import org.parley.model.Listening;
import org.parley.model.Matrix;
import org.parley.model.ModelFile;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;

/**
 * Where each part of a plan lives in the project folder: one file per aggregate, one file per calendar month of
 * scheduled items, and a backlog file for unscheduled ones. Paths are relative to the project folder and use
 * {@code /}.
 */
public final class ProjectLayout {

	/** The plan's settings. */
	public static final String PLAN = "plan.parley";
	/** Brands, teams, customer groups, topics, content categories, KPIs and campaigns. */
	public static final String STRATEGY = "strategy.parley";
	/** The conversation matrix. */
	public static final String MATRIX = "matrix.parley";
	/** The channel catalog. */
	public static final String CHANNELS = "channels.parley";
	/** Listening sources and queries. */
	public static final String LISTENING = "listening.parley";
	/** The folder of the schedules. */
	public static final String CALENDAR = "calendar";
	/** The base name of the backlog's file in {@link #CALENDAR}. */
	public static final String BACKLOG = "backlog";

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private ProjectLayout() {
	}

	/** The file of a schedule of the given month; the backlog's for {@code null} or blank. */
	public static String scheduleFile(String month) {
		return CALENDAR + "/" + (isBacklog(month) ? BACKLOG : month) + "." + ModelFileFormat.EXTENSION;
	}

	/** The file that holds a model file root, given where it sits in the plan. */
	public static String fileOf(ModelFile root) {
		if (root instanceof Plan) {
			return PLAN;
		} else if (root instanceof Strategy) {
			return STRATEGY;
		} else if (root instanceof Matrix) {
			return MATRIX;
		} else if (root instanceof ChannelCatalog) {
			return CHANNELS;
		} else if (root instanceof Listening) {
			return LISTENING;
		} else if (root instanceof Schedule schedule) {
			return scheduleFile(schedule.getMonth());
		}
		throw new IllegalArgumentException("no file for " + root.eClass().getName());
	}

	/** The month ({@code yyyy-MM}) whose file an item belongs in, or {@code null} for the backlog. */
	public static String monthOf(ContentItem item) {
		return item.getScheduledAt() == null ? null : YearMonth.from(item.getScheduledAt()).toString();
	}

	/** The month a schedule file name stands for, {@code null} for the backlog, or {@code ""} when it is neither. */
	static String monthOfFileName(String fileName) {
		String base = fileName.substring(0, fileName.length() - ModelFileFormat.EXTENSION.length() - 1);
		if (base.equals(BACKLOG)) {
			return null;
		}
		return MONTH.matcher(base).matches() ? base : "";
	}

	static boolean isBacklog(String month) {
		return month == null || month.isBlank();
	}
}
