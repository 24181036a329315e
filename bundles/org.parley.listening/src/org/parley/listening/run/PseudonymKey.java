package org.parley.listening.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.parley.core.storage.AtomicFile;

/**
 * The project's key for pseudonymising authors, in {@code listening/pseudonym.key}. It is shared with the
 * project through Git on purpose: everyone on the team must turn the same author into the same pseudonym, or
 * merged mention files would split one person into several. Created on first use.
 */
final class PseudonymKey {

	static final String FILE = "listening/pseudonym.key";

	private PseudonymKey() {
	}

	static byte[] of(Path projectDir) throws IOException {
		Path file = projectDir.resolve(FILE);
		if (Files.exists(file)) {
			String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
			try {
				byte[] key = HexFormat.of().parseHex(hex);
				if (key.length >= 16) {
					return key;
				}
			} catch (IllegalArgumentException e) {
				// reported below
			}
			throw new IOException(file + ": not a pseudonym key (expected at least 32 hexadecimal digits)");
		}
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		AtomicFile.write(file, (HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII));
		return key;
	}
}
