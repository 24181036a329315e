package org.parley.cli.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site on one loopback address of this machine (127.0.0.1, 127.0.0.2, … all reach it on Linux, and each is a
 * host of its own to the crawler's politeness), serving given pages at {@code /forum/t/<n>.html} and generated index
 * pages at {@code /forum/topics-<n>.html} that link to them, {@value #LINKS_PER_INDEX} a page, with a "next" link to the
 * following index page, as a forum's topic list does. Everything else is a 404, robots.txt included.
 */
final class LoopbackSite implements AutoCloseable {

	static final int LINKS_PER_INDEX = 25;

	private final HttpServer server;
	// Platform threads, so that the crawler's extraction cannot hold up the server's answers.
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
	private final String base;

	/**
	 * @param address a loopback address, e.g. {@code 127.0.0.2}
	 * @param pages the pages to serve, as they are on disk
	 */
	LoopbackSite(String address, List<byte[]> pages) throws IOException {
		server = HttpServer.create(new InetSocketAddress(address, 0), 0);
		server.setExecutor(executor);
		base = "http://" + address + ":" + server.getAddress().getPort();
		for (int i = 0; i < pages.size(); i++) {
			bodies.put("/forum/t/" + i + ".html", pages.get(i));
		}
		int indexPages = Math.max(1, (pages.size() + LINKS_PER_INDEX - 1) / LINKS_PER_INDEX);
		for (int n = 0; n < indexPages; n++) {
			bodies.put("/forum/topics-" + n + ".html", index(n, indexPages, pages.size()));
		}
		server.createContext("/", this::answer);
		server.start();
	}

	/** The first index page, where a crawl of the site starts. */
	String start() {
		return base + "/forum/topics-0.html";
	}

	/** How many URLs a crawl of the whole site visits: the pages and the index pages. */
	int urls() {
		return bodies.size();
	}

	private static byte[] index(int n, int indexPages, int pages) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Topics, page ")
				.append(n + 1).append("</title></head><body><h1>Topics</h1><ul>\n");
		for (int i = n * LINKS_PER_INDEX; i < Math.min(pages, (n + 1) * LINKS_PER_INDEX); i++) {
			html.append("<li><a href=\"/forum/t/").append(i).append(".html\">Topic ").append(i).append("</a></li>\n");
		}
		html.append("</ul>");
		if (n + 1 < indexPages) {
			html.append("<a rel=\"next\" href=\"/forum/topics-").append(n + 1).append(".html\">Next</a>");
		}
		return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body = bodies.get(exchange.getRequestURI().getPath());
			if (body == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/** Deals {@code pages} out to {@code hosts} sites on 127.0.0.1, 127.0.0.2, …, one page to each in turn. */
	static List<LoopbackSite> startMany(int hosts, List<byte[]> pages) throws IOException {
		List<LoopbackSite> sites = new ArrayList<>();
		try {
			for (int h = 0; h < hosts; h++) {
				List<byte[]> share = new ArrayList<>();
				for (int i = h; i < pages.size(); i += hosts) {
					share.add(pages.get(i));
				}
				sites.add(new LoopbackSite("127.0.0." + (h + 1), share));
			}
		} catch (IOException | RuntimeException e) {
			sites.forEach(LoopbackSite::close);
			throw e;
		}
		return sites;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
