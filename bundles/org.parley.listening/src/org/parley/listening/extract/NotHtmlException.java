package org.parley.listening.extract;

/**
 * Thrown when a body that should be parsed as a page turns out not to be HTML (a PDF, an image,
 * a compressed stream served as {@code text/html}).
 */
public final class NotHtmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String mediaType;

    public NotHtmlException(String url, String mediaType) {
        super(url + ": not HTML but " + mediaType);
        this.mediaType = mediaType;
    }

    /** The media type the content really has. */
    public String mediaType() {
        return mediaType;
    }
}
