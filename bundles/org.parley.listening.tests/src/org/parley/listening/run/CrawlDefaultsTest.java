package org.parley.listening.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.listening.fetch.FetchSettings;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;

class CrawlDefaultsTest {

	private final Plan plan = ParleyFactory.eINSTANCE.createPlan();

	private ListeningSource source(int delay, int maxPages) {
		if (plan.getListening() == null) {
			plan.setListening(ParleyFactory.eINSTANCE.createListening());
		}
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setPolitenessDelayMillis(delay);
		source.setMaxPages(maxPages);
		plan.getListening().getSources().add(source);
		return source;
	}

	@Test
	void givesTheDelayToSourcesWithoutOne() {
		ListeningSource without = source(0, 10);
		ListeningSource with = source(250, 10);

		new CrawlDefaults("agent", 2000, 100).applyTo(plan);

		assertThat(without.getPolitenessDelayMillis()).isEqualTo(2000);
		assertThat(with.getPolitenessDelayMillis()).isEqualTo(250);
	}

	@Test
	void capsThePageLimitOfEverySource() {
		ListeningSource small = source(0, 10);
		ListeningSource big = source(0, 5000);
		ListeningSource unlimited = source(0, 0);

		new CrawlDefaults("agent", 1000, 100).applyTo(plan);

		assertThat(small.getMaxPages()).isEqualTo(10);
		assertThat(big.getMaxPages()).isEqualTo(100);
		assertThat(unlimited.getMaxPages()).isEqualTo(100);
	}

	@Test
	void announcesTheUserAgentAndFallsBackToParleysWhenBlank() {
		assertThat(new CrawlDefaults("MyBot/2.0", 1000, 100).options().fetch().userAgent()).isEqualTo("MyBot/2.0");
		assertThat(new CrawlDefaults(" ", 1000, 100).options().fetch().userAgent())
				.isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
	}

	@Test
	void leavesAPlanWithoutListeningAlone() {
		new CrawlDefaults("agent", 1000, 100).applyTo(plan);

		assertThat(plan.getListening()).isNull();
	}
}
