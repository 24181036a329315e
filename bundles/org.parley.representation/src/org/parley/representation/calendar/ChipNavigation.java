package org.parley.representation.calendar;

import org.parley.representation.draw.Box;

/**
 * Which chip the arrow keys go to: the nearest chip whose centre lies in the arrow's direction, distance across the
 * direction counting three times as much as along it, so that Down stays in the day's column and Right stays on the
 * row.
 */
public final class ChipNavigation {

	private ChipNavigation() {
	}

	/**
	 * The chip after {@code from} in direction ({@code dx}, {@code dy}) (each -1, 0 or 1); the first chip when
	 * {@code from} is null; null when there is none that way.
	 */
	public static Chip next(CalendarPicture picture, Chip from, int dx, int dy) {
		if (from == null) {
			return picture.chips().isEmpty() ? null : picture.chips().get(0);
		}
		double fx = centreX(from.bounds()), fy = centreY(from.bounds());
		Chip best = null;
		double bestScore = Double.MAX_VALUE;
		for (Chip chip : picture.chips()) {
			if (chip == from) {
				continue;
			}
			double along = (centreX(chip.bounds()) - fx) * dx + (centreY(chip.bounds()) - fy) * dy;
			double across = Math.abs((centreX(chip.bounds()) - fx) * dy) + Math.abs((centreY(chip.bounds()) - fy) * dx);
			if (along <= 0.5) {
				continue;
			}
			double score = along + 3 * across;
			if (score < bestScore) {
				bestScore = score;
				best = chip;
			}
		}
		return best;
	}

	private static double centreX(Box box) {
		return box.x() + box.width() / 2;
	}

	private static double centreY(Box box) {
		return box.y() + box.height() / 2;
	}
}
