package org.parley.listening.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds out what a fetched body is when the server's headers lie or are missing: Tika's magic
 * detection for the media type (a PDF or an image served as {@code text/html}), and for the
 * charset the byte order mark, a strict UTF-8 check, the declared header and the page's own
 * {@code <meta charset>}. Then parses HTML with jsoup against the page's base URL.
 */
public final class ContentSniffer {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int HEAD_BYTES = 4096;
    private static final Pattern CHARSET_PARAM = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    /**
     * Detects type and charset of a body.
     *
     * @param body                the bytes as received
     * @param declaredContentType the {@code Content-Type} header, or null when there was none
     */
    public SniffedContent sniff(byte[] body, String declaredContentType) {
        String mediaType = detectMediaType(body, declaredContentType);
        boolean html = mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
        return new SniffedContent(mediaType, detectCharset(body, declaredContentType), html);
    }

    /**
     * Decodes and parses an HTML body; relative links resolve against {@code baseUrl} (or the
     * page's own {@code <base href>}).
     *
     * @throws NotHtmlException when the body is not HTML, whatever the header claimed
     */
    public Document parse(byte[] body, String declaredContentType, String baseUrl) {
        SniffedContent sniffed = sniff(body, declaredContentType);
        if (!sniffed.html()) {
            throw new NotHtmlException(baseUrl, sniffed.mediaType());
        }
        String base = baseUrl == null ? "" : baseUrl;
        if (bomCharset(body).isPresent()) {
            return Jsoup.parse(new String(withoutBom(body), sniffed.charset()), base);
        }
        try {
            // jsoup decodes as it reads, in the charset found here: cheaper than a decoded copy of the whole page.
            return Jsoup.parse(new ByteArrayInputStream(body), sniffed.charset().name(), base);
        } catch (IOException e) {
            throw new UncheckedIOException(baseUrl + ": " + e.getMessage(), e);
        }
    }

    private String detectMediaType(byte[] body, String declaredContentType) {
        if (startsAsHtml(body)) {
            // No binary format starts with an HTML doctype or tag: Tika's magic would only confirm it, slowly.
            return "text/html";
        }
        MediaType magic;
        try {
            // Magic only: a name or header hint would let the lie we are checking win.
            magic = mimeTypes.detect(new ByteArrayInputStream(body), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String detected = magic.getBaseType().toString();
        String declared = declaredBaseType(declaredContentType);
        boolean magicIsVague = detected.equals("text/plain") || detected.equals("application/octet-stream");
        if (!magicIsVague) {
            return detected;
        }
        if (detected.equals("application/octet-stream")) {
            // Tika calls empty or control-free bodies octet-stream too; text wins if it reads as text.
            return looksLikeText(body) ? textType(body, declared) : detected;
        }
        return textType(body, declared);
    }

    /** Whether the body opens, after a byte order mark and white space, with {@code <!doctype html} or {@code <html}. */
    static boolean startsAsHtml(byte[] body) {
        int i = body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < body.length && (body[i] == ' ' || body[i] == '\t' || body[i] == '\r' || body[i] == '\n')) {
            i++;
        }
        String head = new String(body, i, Math.min(body.length - i, 15), StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String textType(byte[] body, String declared) {
        String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if ("text/html".equals(declared) && head.indexOf('<') < 0) {
            // JSON or plain text served as text/html: nothing for an HTML parser to read.
            return "text/plain";
        }
        if (declared != null && !declared.isEmpty() && !declared.equals("application/octet-stream")) {
            return declared;
        }
        return head.contains("<html") || head.contains("<body") || head.contains("<div") ? "text/html"
                : "text/plain";
    }

    private static boolean looksLikeText(byte[] body) {
        int limit = Math.min(body.length, HEAD_BYTES);
        if (limit == 0) {
            return false;
        }
        for (int i = 0; i < limit; i++) {
            int b = body[i] & 0xff;
            if (b == 0 || (b < 0x09) || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                return false;
            }
        }
        return true;
    }

    private static String declaredBaseType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    Charset detectCharset(byte[] body, String declaredContentType) {
        Optional<Charset> bom = bomCharset(body);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> header = charsetIn(CHARSET_PARAM, declaredContentType);
        Supplier<Optional<Charset>> meta = () -> charsetIn(META_CHARSET,
                new String(body, 0, Math.min(body.length, HEAD_BYTES * 4), StandardCharsets.ISO_8859_1));
        Utf8 utf8 = Utf8.of(body);
        if (utf8 == Utf8.ASCII) {
            return header.or(meta).orElse(StandardCharsets.UTF_8);
        }
        // Non-ASCII text that decodes as strict UTF-8 is UTF-8 in practice: legacy encodings almost
        // never produce valid multi-byte sequences by accident.
        if (utf8 == Utf8.VALID) {
            return StandardCharsets.UTF_8;
        }
        // Not UTF-8, whatever was declared: the first legacy charset named by header or page wins.
        return Stream.of(header, meta.get()).flatMap(Optional::stream).filter(c -> !c.equals(StandardCharsets.UTF_8))
                .findFirst().map(ContentSniffer::widen).orElse(WINDOWS_1252);
    }

    // Servers say ISO-8859-1 or ASCII for what browsers decode as windows-1252 (the WHATWG rule).
    private static Charset widen(Charset charset) {
        return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                ? WINDOWS_1252 : charset;
    }

    private static Optional<Charset> charsetIn(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static byte[] withoutBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }

    /** What a strict UTF-8 decoder makes of a body, found in one pass over its bytes without decoding. */
    enum Utf8 {
        ASCII, VALID, INVALID;

        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);

        static Utf8 of(byte[] b) {
            boolean ascii = true;
            int i = 0;
            while (i < b.length) {
                // Pages are mostly ASCII: eight bytes at a time while none has its high bit set.
                while (i + 8 <= b.length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                    i += 8;
                }
                if (i >= b.length) {
                    break;
                }
                int c = b[i] & 0xff;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                ascii = false;
                int length;
                int low = 0x80;
                int high = 0xbf;
                if (c >= 0xc2 && c <= 0xdf) {
                    length = 2;
                } else if (c >= 0xe0 && c <= 0xef) {
                    length = 3;
                    low = c == 0xe0 ? 0xa0 : 0x80; // no overlong forms
                    high = c == 0xed ? 0x9f : 0xbf; // no surrogates
                } else if (c >= 0xf0 && c <= 0xf4) {
                    length = 4;
                    low = c == 0xf0 ? 0x90 : 0x80;
                    high = c == 0xf4 ? 0x8f : 0xbf; // nothing above U+10FFFF
                } else {
                    return INVALID;
                }
                if (i + length > b.length) {
                    return INVALID;
                }
                int second = b[i + 1] & 0xff;
                if (second < low || second > high) {
                    return INVALID;
                }
                for (int k = 2; k < length; k++) {
                    int next = b[i + k] & 0xff;
                    if (next < 0x80 || next > 0xbf) {
                        return INVALID;
                    }
                }
                i += length;
            }
            return ascii ? ASCII : VALID;
        }
    }
}
