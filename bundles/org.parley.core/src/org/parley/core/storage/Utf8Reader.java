package org.parley.core.storage;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file's bytes read as UTF-8 characters, for the parser: the JDK's decoder copies ASCII in bulk at the start of each
 * call, where the parser's own UTF-8 reader goes character by character, and the file is checked as it is read
 * instead of in a pass of its own. A leading byte order mark is skipped.
 */
final class Utf8Reader extends Reader {

	/** Thrown at the first byte that is not UTF-8; {@link #offset} says where it stands. */
	static final class Malformed extends IOException {
		private static final long serialVersionUID = 1L;

		/** The offset of the byte in the file. */
		final int offset;

		Malformed(int offset) {
			super("not UTF-8 at byte " + offset);
			this.offset = offset;
		}
	}

	private final ByteBuffer input;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private boolean flushed;
	/** The second half of a surrogate pair that a one-character read could not take. */
	private int pending = -1;

	Utf8Reader(byte[] bytes) {
		boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
				&& bytes[2] == (byte) 0xBF;
		input = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (pending >= 0) {
			buffer[offset] = (char) pending;
			pending = -1;
			return 1;
		}
		if (length == 1) {
			char[] pair = new char[2];
			int read = read(pair, 0, 2);
			if (read == 2) {
				pending = pair[1];
			}
			if (read > 0) {
				buffer[offset] = pair[0];
			}
			return read < 0 ? -1 : 1;
		}
		CharBuffer output = CharBuffer.wrap(buffer, offset, length);
		// the whole file is in the input, so each call may say that its input ends there
		CoderResult result = input.hasRemaining() ? decoder.decode(input, output, true) : CoderResult.UNDERFLOW;
		if (result.isError()) {
			throw new Malformed(input.position());
		}
		if (result.isUnderflow() && !flushed) {
			if (decoder.flush(output).isError()) {
				throw new Malformed(input.position());
			}
			flushed = true;
		}
		int read = output.position() - offset;
		return read == 0 && flushed ? -1 : read;
	}

	@Override
	public void close() {
		// nothing to release: the bytes belong to the caller
	}
}
