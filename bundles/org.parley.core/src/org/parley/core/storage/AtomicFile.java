package org.parley.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's bytes so that a crash at any moment leaves either the old or the new content: the bytes go to a
 * temporary file in the same folder, are forced to the disk, and the temporary file is renamed over the target.
 */
public final class AtomicFile {

	/** Suffix of the temporary files; they never end in {@code .parley}, so a crashed save leaves nothing to load. */
	static final String TEMP_SUFFIX = ".tmp";

	private AtomicFile() {
	}

	/**
	 * Writes {@code bytes} to {@code file}, creating missing parent folders.
	 *
	 * @throws IOException naming the file when it cannot be written; the old content is then unchanged
	 */
	public static void write(Path file, byte[] bytes) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
				+ TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				// Data must be on the disk before the rename makes it visible, or a power loss could expose a hole.
				channel.force(true);
			}
			try {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException(file + ": the file system cannot rename atomically", e);
			}
		} catch (IOException e) {
			Files.deleteIfExists(temp);
			if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
				throw e;
			}
			throw new IOException(file + ": cannot write: " + e, e);
		}
		forceFolder(folder);
	}

	/** Makes the rename itself durable; folders cannot be opened for syncing on every platform, which is harmless. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Not supported here (e.g. Windows): the rename is still atomic, only its durability is up to the OS.
		}
	}

	/** Whether a file name is one of the temporary files that {@link #write} uses. */
	static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
	}
}
