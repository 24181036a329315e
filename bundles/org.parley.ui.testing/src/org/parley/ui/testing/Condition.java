package org.parley.ui.testing;

import java.util.function.BooleanSupplier;

/** Something a test waits for; evaluated on the UI thread. */
public interface Condition {

	boolean test();

	/** What the test waited for, in words for the failure message. */
	String description();

	static Condition of(String description, BooleanSupplier test) {
		return new Condition() {
			@Override
			public boolean test() {
				return test.getAsBoolean();
			}

			@Override
			public String description() {
				return description;
			}
		};
	}
}
