package org.parley.listening.opinion;

/**
 * What a text says about one brand: the passages around its mentions, joined, and whether the text moves a customer
 * away from it or to it.
 */
record BrandPassage(String brand, String text, Move move) {

	/** A customer's move between brands that the text describes. */
	enum Move {
		/** Neither: the brand is only talked about. */
		NONE,
		/** The customer leaves this brand ("je quitte Sky pour …"). */
		LEAVES,
		/** The customer goes to this brand ("… pour giffgaff", "switching to Sky"). */
		JOINS
	}
}
