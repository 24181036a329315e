package org.parley.listening.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeatureSpaceTest {

	@Test
	void numbersNamesInTheMapsOrderAndDropsUnknownNamesOnceFrozen() {
		FeatureSpace space = new FeatureSpace();
		Map<String, Double> first = new LinkedHashMap<>();
		first.put("c", 3.0);
		first.put("a", 1.0);
		first.put("b", -2.5);
		SparseVector learnt = space.vector(first);
		assertThat(learnt.indices()).containsExactly(0, 1, 2);
		assertThat(learnt.values()).containsExactly(3.0, 1.0, -2.5);
		space.freeze();
		Map<String, Double> later = new LinkedHashMap<>();
		later.put("b", 0.5);
		later.put("unknown", 9.0);
		later.put("c", -1.0);
		SparseVector read = space.vector(later);
		assertThat(read.indices()).as("ascending, whatever the map's order").containsExactly(0, 2);
		assertThat(read.values()).containsExactly(-1.0, 0.5);
		assertThat(space.size()).isEqualTo(3);
		assertThat(space.vector(Map.of("unknown", 1.0)).indices()).isEmpty();
	}

	@Test
	void binaryVectorsCountEachKnownNameOnceAscending() {
		FeatureSpace space = new FeatureSpace();
		space.vector(Map.of("a", 1.0));
		space.vector(Map.of("b", 1.0));
		space.vector(Map.of("c", 1.0));
		space.freeze();
		SparseVector x = space.binary(List.of("c", "unknown", "a", "c", "a"));
		assertThat(x.indices()).containsExactly(0, 2);
		assertThat(x.values()).containsExactly(1 / Math.sqrt(2), 1 / Math.sqrt(2));
		assertThat(space.binary(List.of("unknown")).indices()).isEmpty();
	}
}
