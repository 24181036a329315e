package org.parley.core.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ContentLinesTest {

	@Test
	void escapesBackslashSemicolonCommaAndLineBreaks() {
		assertThat(ContentLines.escape("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
	}

	@Test
	void foldsLongLinesAt75OctetsWithCrlfAndALeadingSpace() {
		String text = new ContentLines().line("DESCRIPTION", "x".repeat(200)).toString();

		assertThat(text).endsWith("\r\n");
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[0]).hasSize(75);
		assertThat(lines[1]).startsWith(" ").hasSize(75);
		assertThat(String.join("", lines[0], lines[1].substring(1), lines[2].substring(1)))
				.isEqualTo("DESCRIPTION:" + "x".repeat(200));
	}

	@Test
	void neverSplitsAMultiByteCharacter() {
		String text = new ContentLines().line("SUMMARY", "é€😀".repeat(40)).toString();

		for (String line : text.split("\r\n")) {
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			assertThat(bytes.length).isLessThanOrEqualTo(75);
			assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(line).doesNotContain("\uFFFD");
		}
	}
}
