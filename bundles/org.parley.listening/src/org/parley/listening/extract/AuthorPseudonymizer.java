package org.parley.listening.extract;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces author names with short stable pseudonyms ({@code author-3f9a1c2b}): an HMAC-SHA-256
 * of the normalized name keyed with the project's secret, so the same person gets the same
 * pseudonym across crawls of one project while another project (another secret) cannot link
 * them. Switched off, names pass through unchanged.
 */
public final class AuthorPseudonymizer {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int PSEUDONYM_BYTES = 4;

    private final SecretKeySpec key;

    private AuthorPseudonymizer(byte[] secret) {
        this.key = secret == null ? null : new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** A pseudonymizer keyed with a project's secret (at least 16 bytes). */
    public static AuthorPseudonymizer withSecret(byte[] secret) {
        if (secret == null || secret.length < 16) {
            throw new IllegalArgumentException("the pseudonymization secret needs at least 16 bytes");
        }
        return new AuthorPseudonymizer(secret);
    }

    /** A pseudonymizer that leaves names as they are. */
    public static AuthorPseudonymizer off() {
        return new AuthorPseudonymizer(null);
    }

    /** Whether names are replaced. */
    public boolean isOn() {
        return key != null;
    }

    /** The pseudonym of a name; null stays null, and when off the name is returned unchanged. */
    public String pseudonymize(String author) {
        if (author == null || key == null) {
            return author;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(normalize(author).getBytes(StandardCharsets.UTF_8));
            return "author-" + HexFormat.of().formatHex(digest, 0, PSEUDONYM_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The extraction with its article's and every post's author pseudonymized. */
    public Extraction apply(Extraction extraction) {
        if (key == null) {
            return extraction;
        }
        return extraction.withAuthor(pseudonymize(extraction.author())).withPosts(extraction.posts().stream().map(p -> p.withAuthor(pseudonymize(p.author())))
                .toList());
    }

    // " Pepemaus" and "pepemaus" are the same account on the forums we read.
    private static String normalize(String author) {
        return Normalizer.normalize(author.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }
}
