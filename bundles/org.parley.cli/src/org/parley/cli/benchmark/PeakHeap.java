package org.parley.cli.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The highest heap use since {@link #reset()}, summed over the heap pools. */
final class PeakHeap {

	private PeakHeap() {
	}

	static void reset() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long megabytes() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024 * 1024);
	}

	static long maxMegabytes() {
		return Runtime.getRuntime().maxMemory() / (1024 * 1024);
	}
}
