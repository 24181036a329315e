package org.parley.cli.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times a task over a warm-up run and several measured runs; reports the median, which noise moves least. */
final class Stopwatch {

	interface Task {
		void run() throws Exception;
	}

	/**
	 * Two tasks timed turn by turn: medians of each, and the median and range of the ratios of the turns.
	 *
	 * @param millis the median milliseconds of the measured task
	 * @param baselineMillis the median milliseconds of the baseline
	 * @param ratio the median of the ratios of each turn
	 * @param lowestRatio the lowest ratio of a turn
	 * @param highestRatio the highest ratio of a turn
	 */
	record Comparison(double millis, double baselineMillis, double ratio, double lowestRatio, double highestRatio) {
	}

	private final int warmups;
	private final int runs;

	Stopwatch(int warmups, int runs) {
		this.warmups = warmups;
		this.runs = runs;
	}

	/** Median milliseconds of {@code task}; {@code before} runs untimed ahead of each run (e.g. fresh folders). */
	double medianMillis(Task before, Task task) throws Exception {
		for (int i = 0; i < warmups; i++) {
			before.run();
			task.run();
		}
		List<Double> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			before.run();
			times.add(millis(task));
		}
		return median(times);
	}

	/**
	 * Times several tasks in turns, each run of each task next to a run of the baseline, so that a change in the
	 * machine's load during the measurement moves both alike.
	 *
	 * @return the baseline's median milliseconds, then each task's median milliseconds and its median ratio to the
	 *         baseline of the same turn
	 */
	Turns inTurns(Task baseline, List<Task> tasks) throws Exception {
		for (int i = 0; i < warmups; i++) {
			baseline.run();
			for (Task task : tasks) {
				task.run();
			}
		}
		List<Double> base = new ArrayList<>();
		List<List<Double>> times = new ArrayList<>();
		List<List<Double>> ratios = new ArrayList<>();
		for (int t = 0; t < tasks.size(); t++) {
			times.add(new ArrayList<>());
			ratios.add(new ArrayList<>());
		}
		for (int i = 0; i < runs; i++) {
			double b = millis(baseline);
			base.add(b);
			for (int t = 0; t < tasks.size(); t++) {
				double ms = millis(tasks.get(t));
				times.get(t).add(ms);
				ratios.get(t).add(ms / b);
			}
		}
		List<Double> medianTimes = times.stream().map(Stopwatch::median).toList();
		List<Double> medianRatios = ratios.stream().map(Stopwatch::median).toList();
		return new Turns(median(base), medianTimes, medianRatios);
	}

	/** Median times of a baseline and of tasks measured in turns, and each task's median ratio to the baseline. */
	record Turns(double baselineMillis, List<Double> millis, List<Double> ratios) {
	}

	/**
	 * Times {@code task} and {@code baseline} in turns, each after its untimed {@code before}: on a machine shared
	 * with other work, a turn's two runs meet about the same load, so the ratio of a turn is steadier than the ratio
	 * of two medians taken minutes apart.
	 */
	Comparison compare(Task before, Task task, Task beforeBaseline, Task baseline) throws Exception {
		for (int i = 0; i < warmups; i++) {
			before.run();
			task.run();
			beforeBaseline.run();
			baseline.run();
		}
		List<Double> times = new ArrayList<>();
		List<Double> baselineTimes = new ArrayList<>();
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			before.run();
			double time = millis(task);
			beforeBaseline.run();
			double baselineTime = millis(baseline);
			times.add(time);
			baselineTimes.add(baselineTime);
			ratios.add(time / baselineTime);
		}
		return new Comparison(median(times), median(baselineTimes), median(ratios), Collections.min(ratios),
				Collections.max(ratios));
	}

	private static double millis(Task task) throws Exception {
		long start = System.nanoTime();
		task.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
