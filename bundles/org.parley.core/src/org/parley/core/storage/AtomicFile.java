package org.parley.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes a whole file so that readers see either the old or the new content, never a half-written one: the bytes
 * go to a temporary file beside the target, are flushed to disk, and the temporary file is renamed over the target.
 */
public final class AtomicFile {

	private AtomicFile() {
	}

	/**
	 * Replaces the content of {@code target} with {@code content}, creating missing parent folders.
	 *
	 * @return {@code false} when the file already held exactly these bytes and was left untouched
	 */
	public static boolean write(Path target, byte[] content) throws IOException {
		if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
			// Leaving an unchanged file alone keeps its time stamp, so Git and file watchers see no change.
			return false;
		}
		Path folder = target.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temporary, target);
		} finally {
			Files.deleteIfExists(temporary);
		}
		return true;
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems cannot rename atomically; a plain replace is still better than writing in place.
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
