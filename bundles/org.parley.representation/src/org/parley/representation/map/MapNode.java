package org.parley.representation.map;

/**
 * A node of the strategy map: a model object by id, its kind, the label it shows (and a longer tooltip), and its
 * size in pixels at zoom 1.
 */
public record MapNode(String id, NodeKind kind, String label, String tooltip, double width, double height) {
}
