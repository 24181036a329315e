package org.parley.listening.report;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

/** A listening report as JSON, for dashboards and scripts; dates and times in ISO-8601. */
public final class JsonReport {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
			.registerTypeAdapter(LocalDate.class, new IsoAdapter<>(LocalDate::parse).nullSafe())
			.registerTypeAdapter(Instant.class, new IsoAdapter<>(Instant::parse).nullSafe()).create();

	private JsonReport() {
	}

	public static String write(ListeningReport report) {
		return GSON.toJson(report) + "\n";
	}

	/** java.time values as their ISO text; Gson cannot reach into java.time by reflection. */
	private static final class IsoAdapter<T> extends TypeAdapter<T> {
		private final java.util.function.Function<String, T> parse;

		IsoAdapter(java.util.function.Function<String, T> parse) {
			this.parse = parse;
		}

		@Override
		public void write(JsonWriter out, T value) throws IOException {
			out.value(value.toString());
		}

		@Override
		public T read(JsonReader in) throws IOException {
			return parse.apply(in.nextString());
		}
	}
}
