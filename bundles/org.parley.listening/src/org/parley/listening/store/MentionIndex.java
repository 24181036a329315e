package org.parley.listening.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * A Lucene index of the stored mentions, for search and aggregation. It is a derived cache in the project's
 * git-ignored {@code .parley/index}: {@link #update} adds mentions incrementally (by id, so adding one twice keeps
 * one document) and {@link #rebuild} recreates it from the mention files at any time. Updating is thread-safe
 * within one instance: concurrent crawls sharing it write one after the other (Lucene allows one writer at a time).
 */
public final class MentionIndex {

	/** The index folder, relative to the project. */
	public static final String FOLDER = ".parley/index";

	/** The file in the index folder that marks it stale. */
	static final String STALE_MARK = "stale";

	private final Path projectDir;
	private final Path folder;

	public MentionIndex(Path projectDir) {
		this.projectDir = projectDir;
		this.folder = projectDir.resolve(FOLDER);
	}

	/** Adds or replaces these mentions' documents. */
	public synchronized void update(Collection<Mention> mentions) throws IOException {
		try (IndexWriter writer = writer(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
			for (Mention mention : mentions) {
				writer.updateDocument(new Term("id", mention.id()), document(mention));
			}
		}
	}

	/** Throws the index away and indexes every stored mention again; returns how many. Clears the stale mark. */
	public synchronized int rebuild() throws IOException {
		List<Mention> all = new MentionStore(projectDir).all();
		try (IndexWriter writer = writer(IndexWriterConfig.OpenMode.CREATE)) {
			for (Mention mention : all) {
				writer.addDocument(document(mention));
			}
		}
		clearStale();
		return all.size();
	}

	/**
	 * Marks the index as possibly lacking stored mentions, e.g. while a crawl holds some back to index them in a batch;
	 * a mark left behind (the crawl was killed) tells the next one to {@link #rebuild} first.
	 */
	public synchronized void markStale() throws IOException {
		Files.createDirectories(folder);
		ignoreInGit();
		Files.write(folder.resolve(STALE_MARK), new byte[0]);
	}

	/** Whether the index was marked stale and not rebuilt or cleared since. */
	public boolean isStale() {
		return Files.exists(folder.resolve(STALE_MARK));
	}

	/** Removes the stale mark: the index holds every stored mention again. */
	public synchronized void clearStale() throws IOException {
		Files.deleteIfExists(folder.resolve(STALE_MARK));
	}

	/** How many mentions the index holds. */
	public int size() throws IOException {
		if (!exists()) {
			return 0;
		}
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
			return reader.numDocs();
		}
	}

	/** Ids of the mentions whose text holds every word of {@code words}, best first. */
	public List<String> search(String words, int limit) throws IOException {
		if (!exists()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String term : terms(words)) {
			query.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.MUST);
		}
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get("id"));
			}
			return ids;
		}
	}

	private boolean exists() throws IOException {
		return Files.isDirectory(folder) && DirectoryReader.indexExists(FSDirectory.open(folder));
	}

	private IndexWriter writer(IndexWriterConfig.OpenMode mode) throws IOException {
		Files.createDirectories(folder);
		ignoreInGit();
		IndexWriterConfig config = new IndexWriterConfig(analyzer());
		config.setOpenMode(mode);
		return new IndexWriter(FSDirectory.open(folder), config);
	}

	/** The index is rebuilt from the mention files on demand, so it never goes into Git. */
	private void ignoreInGit() throws IOException {
		Path ignore = folder.resolve(".gitignore");
		if (!Files.exists(ignore)) {
			Files.writeString(ignore, "*\n", StandardCharsets.UTF_8);
		}
	}

	private static Document document(Mention mention) {
		Document document = new Document();
		document.add(new StringField("id", mention.id(), Field.Store.YES));
		add(document, "source", mention.source());
		add(document, "lang", mention.lang());
		add(document, "date", mention.date());
		add(document, "url", mention.postUrl() != null ? mention.postUrl() : mention.url());
		document.add(new TextField("text", (mention.title() == null ? "" : mention.title() + "\n")
				+ (mention.text() == null ? "" : mention.text()), Field.Store.NO));
		return document;
	}

	private static void add(Document document, String field, String value) {
		if (value != null) {
			document.add(new StringField(field, value, Field.Store.YES));
		}
	}

	private static Analyzer analyzer() {
		return new StandardAnalyzer();
	}

	private static List<String> terms(String words) {
		List<String> terms = new ArrayList<>();
		try (Analyzer analyzer = analyzer(); TokenStream tokens = analyzer.tokenStream("text", words)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}
}
