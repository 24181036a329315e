package org.parley.representation.draw;

/** Something a {@link Drawing} shows; coordinates are pixels at zoom 1, y grows downwards. */
public sealed interface Shape permits Box, Label, Line {
}
