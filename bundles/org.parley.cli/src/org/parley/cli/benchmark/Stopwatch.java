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
		List<Task> timed = new ArrayList<>();
		timed.add(baseline);
		timed.addAll(tasks);
		List<double[]> turns = turns(Collections.nCopies(timed.size(), () -> { }), timed);
		List<Double> medianTimes = new ArrayList<>();
		List<Double> medianRatios = new ArrayList<>();
		for (int t = 1; t < timed.size(); t++) {
			int task = t;
			medianTimes.add(median(turns.stream().map(turn -> turn[task]).toList()));
			medianRatios.add(median(turns.stream().map(turn -> turn[task] / turn[0]).toList()));
		}
		return new Turns(median(turns.stream().map(turn -> turn[0]).toList()), medianTimes, medianRatios);
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
		List<double[]> turns = turns(List.of(before, beforeBaseline), List.of(task, baseline));
		List<Double> ratios = turns.stream().map(turn -> turn[0] / turn[1]).toList();
		return new Comparison(median(turns.stream().map(turn -> turn[0]).toList()),
				median(turns.stream().map(turn -> turn[1]).toList()), median(ratios), Collections.min(ratios),
				Collections.max(ratios));
	}

	/**
	 * The one timing loop behind {@link #inTurns} and {@link #compare}: after the warm-ups, each turn runs every
	 * {@code timed} task in order, each after its untimed {@code before}, and records the milliseconds of each.
	 */
	private List<double[]> turns(List<Task> before, List<Task> timed) throws Exception {
		for (int i = 0; i < warmups; i++) {
			for (int t = 0; t < timed.size(); t++) {
				before.get(t).run();
				timed.get(t).run();
			}
		}
		List<double[]> turns = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			double[] turn = new double[timed.size()];
			for (int t = 0; t < timed.size(); t++) {
				before.get(t).run();
				turn[t] = millis(timed.get(t));
			}
			turns.add(turn);
		}
		return turns;
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
