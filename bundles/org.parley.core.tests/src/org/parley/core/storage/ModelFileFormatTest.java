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
