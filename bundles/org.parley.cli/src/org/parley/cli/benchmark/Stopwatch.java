package org.parley.cli.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times a task over a warm-up run and several measured runs; reports the median, which noise moves least. */
final class Stopwatch {

	interface Task {
		void run() throws Exception;
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
			long start = System.nanoTime();
			task.run();
			times.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(times);
		return times.get(times.size() / 2);
	}
}
