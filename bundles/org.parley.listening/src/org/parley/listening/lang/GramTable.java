package org.parley.listening.lang;

import java.util.Arrays;

/**
 * An open-addressing table from character n-grams of up to four characters, packed into a long by
 * {@link CharNgrams#key}, to a row number: looking an n-gram up allocates nothing and compares one long.
 */
final class GramTable {

	private final long[] keys;
	private final int[] rows;
	private final int mask;
	private int size;

	GramTable(int expected) {
		int capacity = Integer.highestOneBit(Math.max(expected, 8) * 2) * 2;
		keys = new long[capacity];
		rows = new int[capacity];
		mask = capacity - 1;
		Arrays.fill(rows, -1);
	}

	/** Adds {@code key} with the next row number, which it returns. Keys are never 0. */
	int add(long key) {
		int slot = slotOf(key);
		if (keys[slot] == key) {
			return rows[slot];
		}
		keys[slot] = key;
		rows[slot] = size;
		return size++;
	}

	/** The row of {@code key}, or -1 when it is not in the table. */
	int row(long key) {
		return rows[slotOf(key)];
	}

	int size() {
		return size;
	}

	private int slotOf(long key) {
		int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
		while (keys[slot] != 0 && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}
}
