package org.parley.listening.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

	private static final String PAGE = "<html><head><title>Hello</title></head><body>Bonjour</body></html>";

	private LocalSite site;
	private Fetcher fetcher;
	private final CountDownLatch closing = new CountDownLatch(1);

	@BeforeEach
	void startSite() throws IOException {
		site = LocalSite.start();
		fetcher = new Fetcher(quick());
	}

	@AfterEach
	void stopSite() {
		closing.countDown();
		fetcher.close();
		site.close();
	}

	static FetchSettings quick() {
		return FetchSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
				.withRetries(2, Duration.ofMillis(50), Duration.ofSeconds(3));
	}

	@Test
	void fetchesAPageWithItsStatusTypeAndSha256() {
		site.html("/page", PAGE);

		FetchResult result = fetcher.fetch(site.url("/page"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FETCHED);
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.contentType()).isEqualTo("text/html; charset=utf-8");
		assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(result.contentHash()).isEqualTo(Fetcher.sha256(PAGE.getBytes(StandardCharsets.UTF_8)))
				.hasSize(64);
		assertThat(result.finalUrl()).isEqualTo(site.url("/page"));
		assertThat(result.fetchedAt()).isNotNull();
		assertThat(result.reason()).isNull();
	}

	@Test
	void announcesTheDefaultUserAgent() {
		site.html("/page", PAGE);

		fetcher.fetch(site.url("/page"));

		assertThat(site.hits("/page").get(0).header("User-Agent")).isEqualTo("Parley/0.1.0 (+https://github.com/parley)");
	}

	@Test
	void announcesAConfiguredUserAgent() {
		site.html("/page", PAGE);
		try (Fetcher custom = new Fetcher(quick().withUserAgent("Listener/2.0"))) {
			custom.fetch(site.url("/page"));
		}
		assertThat(site.hits("/page").get(0).header("User-Agent")).isEqualTo("Listener/2.0");
	}

	@Test
	void cutsOffAServerThatTricklesOneByteASecondAtThePageBudget() {
		site.handle("/slow", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 60; i++) {
				out.write('x');
				out.flush();
				try {
					Thread.sleep(1000);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		try (Fetcher budgeted = new Fetcher(
				quick().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(1500)))) {

			FetchResult result = budgeted.fetch(site.url("/slow"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
			assertThat(result.reason()).contains(site.url("/slow").toString()).contains("page budget of 1500 ms");
			assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void givesUpOnAServerThatStopsSendingAfterTheReadTimeout() {
		site.handle("/stalled", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			exchange.getResponseBody().write("<html>".getBytes());
			exchange.getResponseBody().flush();
			try {
				closing.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		try (Fetcher impatient = new Fetcher(
				quick().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(10)))) {

			FetchResult result = impatient.fetch(site.url("/stalled"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
			assertThat(result.reason()).contains("read timeout");
			assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(3));
		}
	}

	@Test
	void dropsAStreamedBodyOverTheSizeCapAsTooLarge() {
		site.handle("/huge", exchange -> {
			exchange.sendResponseHeaders(200, 0);
			byte[] chunk = new byte[64 * 1024];
			for (int i = 0; i < 200; i++) {
				exchange.getResponseBody().write(chunk);
			}
		});
		try (Fetcher capped = new Fetcher(quick().withSizeLimits(256 * 1024, 1 << 20, 100))) {

			FetchResult result = capped.fetch(site.url("/huge"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
			assertThat(result.reason()).contains("/huge").contains("too large");
			assertThat(result.body()).isEmpty();
		}
	}

	@Test
	void refusesABodyWhoseContentLengthIsOverTheCapWithoutReadingIt() {
		site.page("/big", "text/html", new byte[2 << 20]);
		try (Fetcher capped = new Fetcher(quick().withSizeLimits(1 << 20, 1 << 20, 100))) {

			FetchResult result = capped.fetch(site.url("/big"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
			assertThat(result.reason()).contains("too large");
		}
	}

	@Test
	void decodesAGzippedPage() throws IOException {
		site.handle("/gz", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			LocalSite.send(exchange, 200, "text/html", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
		});

		FetchResult result = fetcher.fetch(site.url("/gz"));

		assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
		assertThat(site.hits("/gz").get(0).header("Accept-Encoding")).contains("gzip");
	}

	@Test
	void decodesADeflatedPage() throws IOException {
		site.handle("/deflate", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "deflate");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (DeflaterOutputStream out = new DeflaterOutputStream(bytes)) {
				out.write(PAGE.getBytes(StandardCharsets.UTF_8));
			}
			LocalSite.send(exchange, 200, "text/html", bytes.toByteArray());
		});

		FetchResult result = fetcher.fetch(site.url("/deflate"));

		assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
	}

	@Test
	void refusesAGzipBomb() throws IOException {
		byte[] bomb = gzip(new byte[50 << 20]);
		assertThat(bomb.length).isLessThan(100_000);
		site.handle("/bomb", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			LocalSite.send(exchange, 200, "text/html", bomb);
		});
		try (Fetcher guarded = new Fetcher(quick().withSizeLimits(1 << 20, 8 << 20, 1000))) {

			FetchResult result = guarded.fetch(site.url("/bomb"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
			assertThat(result.reason()).contains("/bomb").contains("decompression bomb");
		}
	}

	@Test
	void refusesAGzipBodyThatExpandsBeyondTheRatioEvenUnderTheSizeCap() throws IOException {
		byte[] bomb = gzip(new byte[4 << 20]);
		site.handle("/ratio", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			LocalSite.send(exchange, 200, "text/html", bomb);
		});
		try (Fetcher guarded = new Fetcher(quick().withSizeLimits(1 << 20, 64 << 20, 50))) {

			FetchResult result = guarded.fetch(site.url("/ratio"));

			assertThat(result.reason()).contains("decompression bomb");
		}
	}

	@Test
	void followsRedirectsToTheFinalUrl() {
		site.redirect("/old", "/new").html("/new", PAGE);

		FetchResult result = fetcher.fetch(site.url("/old"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FETCHED);
		assertThat(result.requestedUrl()).isEqualTo(site.url("/old"));
		assertThat(result.finalUrl()).isEqualTo(site.url("/new"));
	}

	@Test
	void entersTheGateBeforeEachRequestWithItsOwnUrlAndLeavesItOnceAnswered() throws IOException {
		try (LocalSite other = LocalSite.startOn("127.0.0.2")) {
			site.redirect("/old", other.base() + "/new");
			other.html("/new", PAGE);
			java.util.List<String> log = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
			RequestGate gate = url -> {
				log.add("enter " + url);
				return () -> log.add("leave " + url);
			};

			FetchResult result = fetcher.fetch(site.url("/old"), CacheValidators.NONE, HopCheck.ANY, gate);

			assertThat(result.outcome()).isEqualTo(FetchOutcome.FETCHED);
			assertThat(log).containsExactly("enter " + site.url("/old"), "leave " + site.url("/old"),
					"enter " + other.url("/new"), "leave " + other.url("/new"));
		}
	}

	@Test
	void stopsAtARedirectLoop() {
		site.redirect("/a", "/b").redirect("/b", "/a");

		FetchResult result = fetcher.fetch(site.url("/a"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
		assertThat(result.reason()).contains("redirect loop");
		assertThat(site.hits("/a")).hasSize(1);
	}

	@Test
	void followsFiveRedirectsButNotSix() {
		for (int i = 1; i <= 6; i++) {
			site.redirect("/r" + i, "/r" + (i - 1));
		}
		site.html("/r0", PAGE);

		assertThat(fetcher.fetch(site.url("/r5")).outcome()).isEqualTo(FetchOutcome.FETCHED);
		FetchResult tooMany = fetcher.fetch(site.url("/r6"));
		assertThat(tooMany.outcome()).isEqualTo(FetchOutcome.FAILED);
		assertThat(tooMany.reason()).contains("more than 5 redirects");
	}

	@Test
	void checksEveryRedirectHopAgain() {
		site.redirect("/public", "/private").html("/private", PAGE);

		FetchResult result = fetcher.fetch(site.url("/public"), CacheValidators.NONE,
				url -> url.getPath().startsWith("/private") ? "disallowed by robots.txt" : null);

		assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
		assertThat(result.reason()).contains("/private").contains("disallowed by robots.txt");
		assertThat(site.hits("/private")).isEmpty();
	}

	@Test
	void refusesRedirectsToOtherSchemes() {
		site.redirect("/ftp", "ftp://127.0.0.1/file");

		FetchResult result = fetcher.fetch(site.url("/ftp"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
		assertThat(result.reason()).contains("ftp://127.0.0.1/file").contains("only http and https");
	}

	@Test
	void reportsA404AsAFailureNamingTheUrl() {
		FetchResult result = fetcher.fetch(site.url("/missing"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
		assertThat(result.status()).isEqualTo(404);
		assertThat(result.reason()).isEqualTo(site.url("/missing") + ": HTTP 404");
	}

	@Test
	void retriesA503AfterTheSecondsOfRetryAfter() {
		AtomicInteger calls = new AtomicInteger();
		site.handle("/busy", exchange -> {
			if (calls.getAndIncrement() == 0) {
				exchange.getResponseHeaders().set("Retry-After", "1");
				LocalSite.send(exchange, 503, "text/plain", "busy".getBytes());
			} else {
				LocalSite.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
			}
		});

		FetchResult result = fetcher.fetch(site.url("/busy"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FETCHED);
		assertThat(site.hits("/busy")).hasSize(2);
		long gap = site.hits("/busy").get(1).nanos() - site.hits("/busy").get(0).nanos();
		assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
	}

	@Test
	void backsOffExponentiallyOn429WithoutRetryAfter() {
		AtomicInteger calls = new AtomicInteger();
		site.handle("/limited", exchange -> {
			if (calls.getAndIncrement() < 2) {
				LocalSite.send(exchange, 429, "text/plain", "slow down".getBytes());
			} else {
				LocalSite.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
			}
		});
		try (Fetcher backingOff = new Fetcher(quick().withRetries(2, Duration.ofMillis(100), Duration.ofSeconds(3)))) {

			FetchResult result = backingOff.fetch(site.url("/limited"));

			assertThat(result.outcome()).isEqualTo(FetchOutcome.FETCHED);
			var hits = site.hits("/limited");
			assertThat(hits).hasSize(3);
			assertThat(Duration.ofNanos(hits.get(1).nanos() - hits.get(0).nanos()))
					.isGreaterThanOrEqualTo(Duration.ofMillis(100));
			assertThat(Duration.ofNanos(hits.get(2).nanos() - hits.get(1).nanos()))
					.isGreaterThanOrEqualTo(Duration.ofMillis(200));
		}
	}

	@Test
	void givesUpAtOnceWhenRetryAfterExceedsTheCap() {
		site.handle("/closed", exchange -> {
			exchange.getResponseHeaders().set("Retry-After", "3600");
			LocalSite.send(exchange, 503, "text/plain", "maintenance".getBytes());
		});

		FetchResult result = fetcher.fetch(site.url("/closed"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
		assertThat(result.reason()).contains("/closed").contains("retry after 3600 s");
		assertThat(site.hits("/closed")).hasSize(1);
	}

	@Test
	void givesUpAfterTheLastRetry() {
		site.status("/down", 503);

		FetchResult result = fetcher.fetch(site.url("/down"));

		assertThat(result.reason()).contains("HTTP 503 after 2 retries");
		assertThat(site.hits("/down")).hasSize(3);
	}

	@Test
	void sendsTheValidatorsAndReportsA304AsUnchanged() {
		site.handle("/cached", exchange -> {
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
			} else {
				exchange.getResponseHeaders().set("ETag", "\"v1\"");
				exchange.getResponseHeaders().set("Last-Modified", "Tue, 24 Nov 2026 10:00:00 GMT");
				LocalSite.send(exchange, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
			}
		});
		FetchResult first = fetcher.fetch(site.url("/cached"));

		FetchResult second = fetcher.fetch(site.url("/cached"), first.validators(), HopCheck.ANY);

		assertThat(first.validators()).isEqualTo(new CacheValidators("\"v1\"", "Tue, 24 Nov 2026 10:00:00 GMT"));
		assertThat(second.outcome()).isEqualTo(FetchOutcome.UNCHANGED);
		assertThat(second.status()).isEqualTo(304);
		assertThat(site.hits("/cached").get(1).header("If-Modified-Since")).isEqualTo("Tue, 24 Nov 2026 10:00:00 GMT");
	}

	@Test
	void fetchesOnlyHttpAndHttps() {
		FetchResult result = fetcher.fetch(URI.create("file:///etc/passwd"));

		assertThat(result.outcome()).isEqualTo(FetchOutcome.SKIPPED);
		assertThat(result.reason()).isEqualTo("file:///etc/passwd: only http and https are fetched");
	}

	@Test
	void reportsAServerThatIsNotThereNamingTheUrl() {
		URI nowhere = site.url("/gone");
		site.close();

		FetchResult result = fetcher.fetch(nowhere);

		assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
		assertThat(result.status()).isZero();
		assertThat(result.reason()).startsWith(nowhere.toString());
	}

	static byte[] gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
			gz.write(bytes);
		}
		return out.toByteArray();
	}
}
