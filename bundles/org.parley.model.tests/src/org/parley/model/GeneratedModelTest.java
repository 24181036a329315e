package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

/**
 * What the generated model does with the parts of the ecore that carry code or choices: the ISO-8601 conversions
 * of the time types (GenModel create/convert annotations) and the default values.
 */
class GeneratedModelTest {

	private static final ParleyFactory FACTORY = ParleyFactory.eINSTANCE;
	private static final ParleyPackage PACKAGE = ParleyPackage.eINSTANCE;

	@Test
	void writesTimeTypesInIsoForm() {
		assertThat(text(PACKAGE.getInstant(), Instant.parse("2026-11-24T10:15:30Z"))).isEqualTo("2026-11-24T10:15:30Z");
		assertThat(text(PACKAGE.getLocalDate(), LocalDate.of(2026, 11, 24))).isEqualTo("2026-11-24");
		assertThat(text(PACKAGE.getLocalDateTime(), LocalDateTime.of(2026, 11, 24, 10, 15))).isEqualTo("2026-11-24T10:15");
		assertThat(text(PACKAGE.getLocalTime(), LocalTime.of(9, 30))).isEqualTo("09:30");
		assertThat(text(PACKAGE.getZoneId(), ZoneId.of("Europe/Paris"))).isEqualTo("Europe/Paris");
		assertThat(text(PACKAGE.getDayOfWeek(), DayOfWeek.MONDAY)).isEqualTo("MONDAY");
	}

	@Test
	void readsWhatItWrites() {
		assertThat(value(PACKAGE.getInstant(), "2026-11-24T10:15:30.5Z")).isEqualTo(Instant.parse("2026-11-24T10:15:30.500Z"));
		assertThat(value(PACKAGE.getLocalDate(), "2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(value(PACKAGE.getLocalDateTime(), "2026-11-24T10:15:07")).isEqualTo(LocalDateTime.of(2026, 11, 24, 10, 15, 7));
		assertThat(value(PACKAGE.getLocalTime(), "18:00")).isEqualTo(LocalTime.of(18, 0));
		assertThat(value(PACKAGE.getZoneId(), "+01:00")).isEqualTo(ZoneId.of("+01:00"));
		assertThat(value(PACKAGE.getDayOfWeek(), "friday")).isEqualTo(DayOfWeek.FRIDAY);
	}

	@Test
	void readsBlankTextAsNoValueAndWritesNoValueAsNull() {
		assertThat(value(PACKAGE.getLocalDate(), " ")).isNull();
		assertThat(value(PACKAGE.getZoneId(), null)).isNull();
		assertThat(text(PACKAGE.getInstant(), null)).isNull();
	}

	@Test
	void refusesTextThatIsNotIso() {
		assertThatThrownBy(() -> value(PACKAGE.getLocalDate(), "24/11/2026")).isInstanceOf(DateTimeParseException.class);
	}

	@Test
	void startsWithTheDocumentedDefaults() {
		ChannelRules rules = FACTORY.createChannelRules();
		assertThat(rules.getMaxTextLength()).isZero();
		assertThat(rules.getMaxHashtags()).isEqualTo(-1);
		assertThat(rules.getMedia()).isEqualTo(MediaPolicy.ALLOWED);
		assertThat(rules.isLinksAllowed()).isTrue();

		Recurrence recurrence = FACTORY.createRecurrence();
		assertThat(recurrence.getFrequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(recurrence.getInterval()).isEqualTo(1);

		ListeningSource source = FACTORY.createListeningSource();
		assertThat(source.getPolitenessDelayMillis()).isEqualTo(1000);
		assertThat(source.isEnabled()).isTrue();
		assertThat(FACTORY.createListeningQuery().isEnabled()).isTrue();
		assertThat(FACTORY.createContentItem().getStatus()).isEqualTo(ContentStatus.IDEA);
		assertThat(FACTORY.createConversationCell().getPriority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void keepsTimesAndIdsThroughXmi() throws IOException {
		Schedule schedule = FACTORY.createSchedule();
		schedule.setId("5f0c1a52-8d0e-4c57-9d4f-0b8e0f7f6a01");
		schedule.setMonth("2026-11");
		ContentItem item = FACTORY.createContentItem();
		item.setId("9b2e7c7e-3f5a-4a8e-8a39-2f6d1c0b7e42");
		item.setScheduledAt(LocalDateTime.of(2026, 11, 24, 10, 15));
		item.setTimeZone(ZoneId.of("Europe/Paris"));
		schedule.getItems().add(item);

		String xmi = save(schedule);
		Schedule loaded = (Schedule) load(xmi).getContents().get(0);

		assertThat(xmi).contains("scheduledAt=\"2026-11-24T10:15\"", "timeZone=\"Europe/Paris\"");
		ContentItem loadedItem = loaded.getItems().get(0);
		assertThat(loadedItem.getScheduledAt()).isEqualTo(item.getScheduledAt());
		assertThat(loadedItem.getTimeZone()).isEqualTo(item.getTimeZone());
		assertThat(loaded.eResource().getEObject(item.getId())).isSameAs(loadedItem);
	}

	private static String text(EDataType type, Object value) {
		return FACTORY.convertToString(type, value);
	}

	private static Object value(EDataType type, String text) {
		return FACTORY.createFromString(type, text);
	}

	private static String save(Schedule schedule) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/2026-11.parley"));
		resource.getContents().add(schedule);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, Map.of());
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static Resource load(String xmi) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/2026-11.parley"));
		resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		return resource;
	}
}
