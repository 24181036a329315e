package org.parley.listening.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

@SuppressWarnings("try") // permits are held, not used
class PolitenessSchedulerTest {

	@Test
	void waitsTheDelayBetweenTwoRequestsToOneHost() throws InterruptedException {
		PolitenessScheduler scheduler = new PolitenessScheduler();
		URI page = URI.create("http://forum.example/a");
		List<Long> starts = new ArrayList<>();

		for (int i = 0; i < 3; i++) {
			try (PolitenessScheduler.Permit permit = scheduler.acquire(page, Duration.ofMillis(150))) {
				starts.add(System.nanoTime());
			}
		}

		assertThat(Duration.ofNanos(starts.get(1) - starts.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		assertThat(Duration.ofNanos(starts.get(2) - starts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(150));
	}

	@Test
	void doesNotMakeOtherHostsWait() throws InterruptedException {
		PolitenessScheduler scheduler = new PolitenessScheduler();
		scheduler.acquire(URI.create("http://one.example/"), Duration.ofSeconds(30)).close();

		long before = System.nanoTime();
		scheduler.acquire(URI.create("http://two.example/"), Duration.ofSeconds(30)).close();

		assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void neverRunsMoreThanTheConcurrencyLimitAtOnce() throws Exception {
		PolitenessScheduler scheduler = new PolitenessScheduler(2);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch twoIn = new CountDownLatch(2);
		CountDownLatch thirdIn = new CountDownLatch(3);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<?>> tasks = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			URI url = URI.create("http://host" + i + ".example/");
			tasks.add(pool.submit(() -> {
				try (PolitenessScheduler.Permit permit = scheduler.acquire(url, Duration.ZERO)) {
					most.accumulateAndGet(running.incrementAndGet(), Math::max);
					twoIn.countDown();
					thirdIn.countDown();
					release.await();
					running.decrementAndGet();
				}
				return null;
			}));
		}

		assertThat(twoIn.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(thirdIn.await(200, TimeUnit.MILLISECONDS)).as("a third request got in").isFalse();
		release.countDown();
		for (Future<?> task : tasks) {
			task.get(5, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(most.get()).isEqualTo(2);
		assertThat(scheduler.freeSlots()).isEqualTo(2);
	}

	@Test
	void letsOneRequestAtATimeToAHost() throws Exception {
		PolitenessScheduler scheduler = new PolitenessScheduler(4);
		URI url = URI.create("http://forum.example/");
		CountDownLatch firstIn = new CountDownLatch(1);
		CountDownLatch secondIn = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		Future<?> first = pool.submit(() -> {
			try (PolitenessScheduler.Permit permit = scheduler.acquire(url, Duration.ZERO)) {
				firstIn.countDown();
				releaseFirst.await();
			}
			return null;
		});
		assertThat(firstIn.await(5, TimeUnit.SECONDS)).isTrue();
		Future<?> second = pool.submit(() -> {
			try (PolitenessScheduler.Permit permit = scheduler.acquire(url, Duration.ZERO)) {
				secondIn.countDown();
			}
			return null;
		});

		assertThat(secondIn.await(200, TimeUnit.MILLISECONDS)).as("second request while the first runs").isFalse();
		releaseFirst.countDown();
		assertThat(secondIn.await(5, TimeUnit.SECONDS)).isTrue();
		first.get(5, TimeUnit.SECONDS);
		second.get(5, TimeUnit.SECONDS);
		pool.shutdown();
	}

	@Test
	void waitsOneSecondPerHostAndRunsFourAtOnceByDefault() {
		assertThat(PolitenessScheduler.DEFAULT_DELAY).isEqualTo(Duration.ofSeconds(1));
		assertThat(new PolitenessScheduler().freeSlots()).isEqualTo(4);
	}

	@Test
	void gatesEachRequestWithTheDelayOfItsOwnHost() throws InterruptedException {
		PolitenessScheduler scheduler = new PolitenessScheduler();
		RequestGate gate = scheduler.gate(url -> url.getHost().equals("slow.example") ? Duration.ofSeconds(30)
				: Duration.ZERO);

		gate.enter(URI.create("http://slow.example/a")).close();
		gate.enter(URI.create("http://fast.example/a")).close();

		assertThat(scheduler.waitNanos("http://slow.example:80")).isGreaterThan(Duration.ofSeconds(20).toNanos());
		assertThat(scheduler.waitNanos("http://fast.example:80")).isZero();
		assertThat(scheduler.waitNanos("http://unknown.example:80")).isZero();
	}

	@Test
	void saysAHostWithARequestRunningIsNotFree() throws InterruptedException {
		PolitenessScheduler scheduler = new PolitenessScheduler();

		try (PolitenessScheduler.Permit permit = scheduler.acquire(URI.create("https://busy.example/"), Duration.ZERO)) {
			assertThat(scheduler.waitNanos("https://busy.example:443")).isEqualTo(Long.MAX_VALUE);
		}
		assertThat(scheduler.waitNanos("https://busy.example:443")).isZero();
	}
}
