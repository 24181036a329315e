package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Schedule;

class ModelFileFormatTest {

	private static final URI FILE = URI.createFileURI("/project/calendar/2026-11.parley");

	private final ModelFileFormat format = new ModelFileFormat();

	@Test
	void writesTheSameBytesForTheSameModel() throws IOException {
		byte[] first = format.write(resourceOf(schedule(3, "text")));
		byte[] second = format.write(resourceOf(schedule(3, "text")));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void readsBackWhatItWrote() throws IOException {
		byte[] bytes = format.write(resourceOf(schedule(3, "a <b> & \"c\"\nd")));

		ModelFileFormat.Read read = format.read(bytes, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.problems()).isEmpty();
		Schedule schedule = (Schedule) read.resource().getContents().get(0);
		assertThat(schedule.getItems()).hasSize(3);
		assertThat(schedule.getItems().get(2).getBody()).isEqualTo("a <b> & \"c\"\nd");
		assertThat(format.write(read.resource())).isEqualTo(bytes);
	}

	@Test
	void writesEachObjectOnALineOfItsOwn() throws IOException {
		String text = new String(format.write(resourceOf(schedule(3, "multi\nline"))), StandardCharsets.UTF_8);

		assertThat(text.lines().filter(line -> line.contains("<items "))).hasSize(3);
		assertThat(text.lines()).allSatisfy(line -> assertThat(line.split("<items ", -1)).hasSizeLessThanOrEqualTo(2));
	}

	@Test
	void loadsALargeFileFullOfEscapedCharacters() throws IOException {
		// JDK 24+ counts character references against an entity size limit of 100,000 by default.
		byte[] bytes = format.write(resourceOf(schedule(30_000, "<&>\n\"")));

		ModelFileFormat.Read read = format.read(bytes, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.problems()).isEmpty();
		assertThat(((Schedule) read.resource().getContents().get(0)).getItems()).hasSize(30_000);
	}

	@Test
	void reportsAFileWithoutModelElements() {
		byte[] bytes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

		ModelFileFormat.Read read = format.read(bytes, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.ok()).isFalse();
		assertThat(read.problems().get(0).file()).isEqualTo(Path.of("2026-11.parley"));
	}

	@Test
	void readsCharactersThatTheDecodingChunksCutInTwo() throws IOException {
		// accents and characters of four bytes throughout, so that some straddle the ends of the parser's reads
		String body = "é👍東".repeat(3_000);
		byte[] bytes = format.write(resourceOf(schedule(3, body)));

		ModelFileFormat.Read read = format.read(bytes, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.problems()).isEmpty();
		assertThat(((Schedule) read.resource().getContents().get(0)).getItems()).extracting(ContentItem::getBody)
				.containsOnly(body);
	}

	@Test
	void reportsABadByteFarIntoTheFileOnItsLine() throws IOException {
		String text = new String(format.write(resourceOf(schedule(2_000, "café"))), StandardCharsets.UTF_8);
		int line = (int) text.lines().count() - 5;
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		int offset = nthLineStart(bytes, line) + 4;
		bytes[offset] = (byte) 0xFF;

		ModelFileFormat.Read read = format.read(bytes, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(line);
			assertThat(problem.column()).isEqualTo(5);
			assertThat(problem.message()).contains("not UTF-8", "0xFF");
		});
	}

	@Test
	void readsAFileThatStartsWithAByteOrderMark() throws IOException {
		byte[] bytes = format.write(resourceOf(schedule(2, "text")));
		byte[] marked = new byte[bytes.length + 3];
		marked[0] = (byte) 0xEF;
		marked[1] = (byte) 0xBB;
		marked[2] = (byte) 0xBF;
		System.arraycopy(bytes, 0, marked, 3, bytes.length);

		ModelFileFormat.Read read = format.read(marked, FILE, format.createResourceSet(), Path.of("2026-11.parley"));

		assertThat(read.problems()).isEmpty();
		assertThat(format.write(read.resource())).isEqualTo(bytes);
	}

	@Test
	void refusesADoctypeAlsoWithAParserThatParsedFilesBefore() throws IOException {
		byte[] good = format.write(resourceOf(schedule(2, "text")));
		String hostile = new String(good, StandardCharsets.UTF_8).replaceFirst("\\?>\n",
				"?>\n<!DOCTYPE s [ <!ENTITY e \"expanded\"> ]>\n");

		for (int i = 0; i < 3; i++) {
			assertThat(format.read(good, FILE, format.createResourceSet(), Path.of("2026-11.parley")).problems())
					.isEmpty();
			ModelFileFormat.Read read = format.read(hostile.getBytes(StandardCharsets.UTF_8), FILE,
					format.createResourceSet(), Path.of("2026-11.parley"));
			assertThat(read.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.line()).isEqualTo(2);
				assertThat(problem.message()).containsIgnoringCase("DOCTYPE");
			});
		}
	}

	private static int nthLineStart(byte[] bytes, int line) {
		int at = 0;
		for (int seen = 1; seen < line; at++) {
			if (bytes[at] == '\n') {
				seen++;
			}
		}
		return at;
	}

	private Resource resourceOf(Schedule schedule) {
		Resource resource = format.createResourceSet().createResource(FILE);
		resource.getContents().add(schedule);
		return resource;
	}

	private static Schedule schedule(int items, String body) {
		Schedule schedule = ParleyFactory.eINSTANCE.createSchedule();
		schedule.setId("schedule-1");
		schedule.setMonth("2026-11");
		for (int i = 0; i < items; i++) {
			ContentItem item = ParleyFactory.eINSTANCE.createContentItem();
			item.setId("item-" + i);
			item.setTitle("Item " + i);
			item.setBody(body);
			schedule.getItems().add(item);
		}
		return schedule;
	}
}
