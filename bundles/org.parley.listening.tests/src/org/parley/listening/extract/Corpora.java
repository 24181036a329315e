package org.parley.listening.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Where the shared test corpora are: {@code ../shared/corpora} beside the repository root. */
public final class Corpora {

    private Corpora() {
    }

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (a folder with .mvn/) above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("../shared/corpora").normalize();
    }

    static Path readability() {
        return root().resolve("readability");
    }

    static Path trafilatura() {
        return root().resolve("trafilatura");
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus page parsed the way the pipeline parses fetched pages. */
    static Document page(Path file, String url) {
        return new ContentSniffer().parse(bytes(file), "text/html", url);
    }

    static Document parseText(String html) {
        return Jsoup.parse(html);
    }
}
