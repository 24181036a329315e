package org.parley.listening.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Decodes a gzip or deflate body, refusing to produce more than a fixed number of bytes or more than a fixed multiple
 * of the compressed size: a few kilobytes of gzip can otherwise expand to gigabytes (a decompression bomb).
 */
final class ContentDecoder {

	/** Why a body could not be decoded; the message names the problem, the caller adds the URL. */
	static final class DecodingException extends IOException {
		private static final long serialVersionUID = 1L;
		final boolean bomb;

		DecodingException(String message, boolean bomb) {
			super(message);
			this.bomb = bomb;
		}
	}

	private final long maxDecodedBytes;
	private final int maxRatio;

	ContentDecoder(long maxDecodedBytes, int maxRatio) {
		this.maxDecodedBytes = maxDecodedBytes;
		this.maxRatio = maxRatio;
	}

	/**
	 * @param encoding the {@code Content-Encoding} header, or {@code null}
	 */
	byte[] decode(String encoding, byte[] raw) throws DecodingException {
		String name = encoding == null ? "identity" : encoding.trim().toLowerCase(Locale.ROOT);
		switch (name) {
		case "", "identity":
			return raw;
		case "gzip", "x-gzip":
			return inflate(name, raw, false);
		case "deflate":
			// Servers disagree on whether "deflate" means zlib-wrapped or raw deflate data: try both.
			try {
				return inflate(name, raw, false);
			} catch (DecodingException e) {
				if (e.bomb) {
					throw e;
				}
				return inflate(name, raw, true);
			}
		default:
			throw new DecodingException("unsupported content encoding \"" + encoding + "\"", false);
		}
	}

	private byte[] inflate(String encoding, byte[] raw, boolean rawDeflate) throws DecodingException {
		long limit = Math.min(maxDecodedBytes, Math.max(raw.length, 1L) * maxRatio);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = open(encoding, raw, rawDeflate)) {
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) > 0) {
				if (out.size() + (long) n > limit) {
					throw new DecodingException(encoding + " body of " + raw.length + " bytes decodes to more than "
							+ limit + " bytes (decompression bomb?)", true);
				}
				out.write(buffer, 0, n);
			}
		} catch (DecodingException e) {
			throw e;
		} catch (IOException e) {
			throw new DecodingException("broken " + encoding + " body: " + e.getMessage(), false);
		}
		return out.toByteArray();
	}

	private static InputStream open(String encoding, byte[] raw, boolean rawDeflate) throws IOException {
		InputStream in = new ByteArrayInputStream(raw);
		if (encoding.endsWith("gzip")) {
			return new GZIPInputStream(in);
		}
		return new InflaterInputStream(in, new Inflater(rawDeflate));
	}
}
