package org.parley.listening.fetch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A web site on 127.0.0.1 and an ephemeral port for tests: handlers by exact path, a 404 for everything else, and a log
 * of every request with its arrival time.
 */
public final class LocalSite implements AutoCloseable {

	/** One request as the server saw it. */
	public record Hit(String path, String query, long nanos, Map<String, List<String>> headers) {
		public String header(String name) {
			for (Map.Entry<String, List<String>> e : headers.entrySet()) {
				if (e.getKey().equalsIgnoreCase(name)) {
					return e.getValue().get(0);
				}
			}
			return null;
		}
	}

	private final String address;
	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
	private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());

	private LocalSite(String address) throws IOException {
		this.address = address;
		server = HttpServer.create(new InetSocketAddress(address, 0), 0);
		server.setExecutor(executor);
		server.createContext("/", exchange -> {
			URI uri = exchange.getRequestURI();
			hits.add(new Hit(uri.getRawPath(), uri.getRawQuery(), System.nanoTime(),
					Map.copyOf(exchange.getRequestHeaders())));
			HttpHandler handler = handlers.get(uri.getRawPath());
			try (exchange) {
				if (handler == null) {
					send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
				} else {
					handler.handle(exchange);
				}
			} catch (IOException e) {
				// The client hung up, which several tests make it do on purpose.
			}
		});
		server.start();
	}

	public static LocalSite start() throws IOException {
		return new LocalSite("127.0.0.1");
	}

	/**
	 * A site on another loopback address (127.0.0.2, 127.0.0.3, … all reach this machine on Linux), for tests that
	 * need hosts that differ by more than their port.
	 */
	public static LocalSite startOn(String loopbackAddress) throws IOException {
		return new LocalSite(loopbackAddress);
	}

	public LocalSite handle(String path, HttpHandler handler) {
		handlers.put(path, handler);
		return this;
	}

	public LocalSite page(String path, String contentType, byte[] body) {
		return handle(path, exchange -> send(exchange, 200, contentType, body));
	}

	public LocalSite html(String path, String html) {
		return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
	}

	public LocalSite redirect(String path, String location) {
		return handle(path, exchange -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(302, -1);
		});
	}

	public LocalSite status(String path, int status) {
		return handle(path, exchange -> send(exchange, status, "text/plain", ("status " + status).getBytes()));
	}

	/** Sends a complete response with a Content-Length. */
	public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	public URI url(String pathAndQuery) {
		return URI.create(base() + pathAndQuery);
	}

	public String base() {
		return "http://" + address + ":" + server.getAddress().getPort();
	}

	/** The requests so far for {@code path}. */
	public List<Hit> hits(String path) {
		synchronized (hits) {
			return hits.stream().filter(h -> h.path().equals(path)).toList();
		}
	}

	public List<Hit> hits() {
		synchronized (hits) {
			return List.copyOf(hits);
		}
	}

	private boolean closed;

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		server.stop(0);
		// Interrupts handlers that trickle or wait, so no test leaves threads behind.
		executor.shutdownNow();
	}
}
