package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.junit.jupiter.api.Test;

class RelativeUriCacheTest {

	private static final URI MONTH = URI.createFileURI("/project/calendar/2027-01.parley");
	private static final URI PLAN = URI.createFileURI("/project/plan.parley");

	@Test
	void deresolvesLikeEmfForEveryFragmentOfACachedFile() {
		RelativeUriCache cache = new RelativeUriCache();
		cache.setBaseURI(MONTH);

		URI first = cache.deresolve(URI.createFileURI("/project/matrix.parley").appendFragment("a"));
		URI second = cache.deresolve(URI.createFileURI("/project/matrix.parley").appendFragment("b"));

		assertThat(first).hasToString("../matrix.parley#a");
		assertThat(second).hasToString("../matrix.parley#b");
	}

	@Test
	void startsAfreshWhenTheBaseChanges() {
		RelativeUriCache cache = new RelativeUriCache();
		cache.setBaseURI(MONTH);
		cache.deresolve(URI.createFileURI("/project/strategy.parley").appendFragment("t"));

		cache.setBaseURI(PLAN);

		assertThat(cache.deresolve(URI.createFileURI("/project/strategy.parley").appendFragment("t")))
				.hasToString("strategy.parley#t");
	}

	@Test
	void resolvesRelativeReferencesAsEmfDoes() {
		RelativeUriCache cache = new RelativeUriCache();
		cache.setBaseURI(MONTH);
		URIHandlerImpl emf = new URIHandlerImpl();
		emf.setBaseURI(MONTH);

		for (String reference : new String[] { "../strategy.parley#x", "../strategy.parley#y", "2027-02.parley#z" }) {
			assertThat(cache.resolve(URI.createURI(reference))).isEqualTo(emf.resolve(URI.createURI(reference)));
		}
	}
}
