package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** extract, crawl and index through the command line, against real pages on a local server. */
class ListeningCommandsTest {

	@TempDir
	Path temp;

	private HttpServer server;
	private Path corpora;

	@BeforeEach
	void serveAForum() throws IOException {
		corpora = Corpora.root();
		byte[] thread = Files.readAllBytes(corpora.resolve("trafilatura/pages/katzen-forum.net-Pepe.html"));
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body = switch (path) {
			case "/forum/" -> "<html><body><a href='/forum/threads/pepe'>Pepe</a></body></html>".getBytes(StandardCharsets.UTF_8);
			case "/forum/threads/pepe" -> thread;
			default -> null;
			};
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	@Test
	void extractPrintsTheThreadsPostsAsJson() {
		Path page = corpora.resolve("trafilatura/pages/katzen-forum.net-Pepe.html");

		CommandRun run = CommandRun.of("extract", page.toString(), "--base-url",
				"https://www.katzen-forum.net/threads/pepe.230143/");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("{\"url\":\"https://www.katzen-forum.net/threads/pepe.230143/\"")
				.contains("\"posts\":[{\"author\":");
	}

	@Test
	void extractPrintsAnArticlesAuthorAndDate() {
		Path page = corpora.resolve("readability/ars-1/source.html");

		CommandRun run = CommandRun.of("extract", page.toString(), "--base-url", "http://fakehost/test/page.html");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"author\":\"Dan Goodin\",\"date\":\"2015-04-16T20:02:01Z\"");
	}

	@Test
	void extractOfAMissingFileIsOneClearLine() {
		CommandRun run = CommandRun.of("extract", temp.resolve("nope.html").toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("nope.html: no such file");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void crawlStoresMentionsThatTheIndexCanRebuildFrom() throws IOException {
		Path project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		assertThat(CommandRun.of("source", "add", project.toString(), "Local forum", base + "/forum/", "--kind", "forum",
				"--delay", "0.02", "--max-pages", "5").exitCode()).isZero();

		CommandRun crawl = CommandRun.of("crawl", project.toString(), "--source", "Local forum");

		assertThat(crawl.exitCode()).as(crawl.out() + crawl.err()).isZero();
		assertThat(crawl.out()).containsPattern("Local forum: 2 pages \\(0 unchanged\\), [1-9][0-9]* new mentions, 0 skipped, 0 failed");
		assertThat(crawl.err()).contains("crawl: ");
		CommandRun index = CommandRun.of("index", project.toString(), "--rebuild");
		assertThat(index.exitCode()).isZero();
		assertThat(index.out()).containsPattern("Indexed [1-9][0-9]* mentions");
	}

	@Test
	void crawlOfAnUnknownSourceIsBadInput() {
		Path project = temp.resolve("project");
		CommandRun.of("new-sample", project.toString());

		CommandRun crawl = CommandRun.of("crawl", project.toString(), "--source", "Nowhere");

		assertThat(crawl.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(crawl.err()).contains("no listening source called 'Nowhere'");
	}

}
