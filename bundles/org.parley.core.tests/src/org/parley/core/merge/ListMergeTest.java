package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ListMergeTest {

	@Test
	void appliesTheRemovalsOfBothSides() {
		assertThat(ListMerge.merge(List.of("a", "b", "c"), List.of("b", "c"), List.of("a", "b"))).containsExactly("b");
	}

	@Test
	void putsTheirAdditionAfterItsNeighbourOnTheirSide() {
		assertThat(ListMerge.merge(List.of("a", "b"), List.of("a", "b"), List.of("a", "x", "b")))
				.containsExactly("a", "x", "b");
	}

	@Test
	void putsOurAdditionsBeforeTheirsAtTheSamePlace() {
		assertThat(ListMerge.merge(List.of("a"), List.of("a", "o"), List.of("a", "t"))).containsExactly("a", "o", "t");
	}

	@Test
	void keepsAnElementBothSidesAddedOnce() {
		assertThat(ListMerge.merge(List.of("a"), List.of("a", "x"), List.of("x", "a"))).containsExactly("a", "x");
	}
}
