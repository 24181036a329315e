package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;

class ResourceByUriTest {

	private final ResourceSet resourceSet = new ModelFileFormat().createResourceSet();
	private final URI january = URI.createFileURI("/p/calendar/2027-01.parley");
	private final URI february = URI.createFileURI("/p/calendar/2027-02.parley");

	@Test
	void findsAResourceByItsUri() {
		Resource resource = resourceSet.createResource(january);

		assertThat(resourceSet.getResource(january, false)).isSameAs(resource);
	}

	@Test
	void forgetsAResourceThatMovedToAnotherUri() {
		Resource moved = resourceSet.createResource(january);
		assertThat(resourceSet.getResource(january, false)).isSameAs(moved);

		moved.setURI(february);
		Resource replacement = resourceSet.createResource(january);

		assertThat(resourceSet.getResource(january, false)).isSameAs(replacement);
		assertThat(resourceSet.getResource(february, false)).isSameAs(moved);
	}

	@Test
	void forgetsAResourceRemovedFromTheSet() {
		Resource removed = resourceSet.createResource(january);
		assertThat(resourceSet.getResource(january, false)).isSameAs(removed);

		resourceSet.getResources().remove(removed);

		assertThat(resourceSet.getResource(january, false)).isNull();
	}
}
