package org.parley.cli.benchmark;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler;

import de.l3s.boilerpipe.extractors.ArticleExtractor;

/**
 * Tika's HTML parser feeding boilerpipe's article extractor through Tika's {@code BoilerpipeContentHandler}: the
 * main-text extraction the issue compares Parley with. Its bundles are optional imports of this one: touch this
 * class only once {@link ExtractionSpeed} found them installed.
 */
public final class TikaBoilerpipe {

	private final JSoupParser parser = new JSoupParser(new HtmlEncodingDetector());

	/** The main text boilerpipe's article extractor finds in a page's bytes. */
	public String mainText(byte[] page) throws Exception {
		StringWriter text = new StringWriter();
		BoilerpipeContentHandler handler = new BoilerpipeContentHandler(new BodyContentHandler(text),
				ArticleExtractor.INSTANCE);
		parser.parse(new ByteArrayInputStream(page), handler, new Metadata(), new ParseContext());
		return text.toString();
	}
}
