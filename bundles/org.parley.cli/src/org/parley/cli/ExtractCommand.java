package org.parley.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.parley.listening.extract.AuthorPseudonymizer;
import org.parley.listening.extract.NotHtmlException;
import org.parley.listening.extract.PageExtractor;
import org.parley.listening.fetch.CacheValidators;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.RobotsCache;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley extract FILE_OR_URL}: what the extractor sees on one page, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
		description = "Prints what Parley extracts from one page as JSON: {\"url\",\"title\",\"author\",\"date\",\"lang\","
				+ "\"text\",\"posts\":[{\"author\",\"date\",\"text\",\"url\"}]}; an article's author and date come from "
				+ "its metadata or byline, null when unknown. A URL is fetched once, obeying robots.txt.")
public class ExtractCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "a saved HTML file or an http(s) URL") String input;

	@Option(names = "--base-url", paramLabel = "URL", description = "the page's address, for a saved file's links") String baseUrl;

	@Option(names = "--zone", paramLabel = "ZONE", description = "time zone for dates without one (default: the system's)")
	ZoneId zone = ZoneId.systemDefault();

	@Override
	public Integer call() throws IOException {
		PageExtractor extractor = new PageExtractor(zone, AuthorPseudonymizer.off());
		try {
			String json = isUrl(input) ? fromUrl(extractor) : fromFile(extractor);
			spec.commandLine().getOut().println(json);
		} catch (NotHtmlException e) {
			throw new UsageException(input + ": not an HTML page (" + e.getMessage() + ")", e);
		}
		return ExitCode.OK;
	}

	private String fromFile(PageExtractor extractor) throws IOException {
		Path file = Path.of(input);
		byte[] body;
		try {
			body = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new UsageException(input + ": no such file", e);
		}
		String url = baseUrl != null ? baseUrl : file.toAbsolutePath().toUri().toString();
		return extractor.extract(body, null, url, Files.getLastModifiedTime(file).toInstant()).toJson();
	}

	private String fromUrl(PageExtractor extractor) {
		try (Fetcher fetcher = new Fetcher(FetchSettings.defaults())) {
			FetchResult page = fetcher.fetch(URI.create(input), CacheValidators.NONE, new RobotsCache(fetcher));
			if (!page.isFetched()) {
				throw new UsageException(page.reason() != null ? page.reason() : input + ": not fetched (status " + page.status() + ")");
			}
			return extractor.extract(page.body(), page.contentType(), page.finalUrl().toString(), Instant.now()).toJson();
		}
	}

	private static boolean isUrl(String text) {
		return text.startsWith("http://") || text.startsWith("https://");
	}
}
