package org.parley.listening.extract;

import java.util.List;

/**
 * The posts found on a page and what kind of software showed them.
 *
 * @param engine the software ({@code XenForo}, {@code phpBB}, {@code WordPress comments} …),
 *               {@code generic} for the repeated-structure fallback, {@code none} without posts
 * @param forum  true when the posts are the page's content (a forum thread), false when they are
 *               comments under an article
 * @param posts  the posts in page order
 */
public record ThreadPosts(String engine, boolean forum, List<Post> posts) {

    public ThreadPosts {
        posts = List.copyOf(posts);
    }

    /** The posts' texts, one post after the other. */
    public String joinedText() {
        return String.join("\n", posts.stream().map(Post::text).toList());
    }
}
