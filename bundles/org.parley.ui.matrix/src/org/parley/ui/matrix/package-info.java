/**
 * The conversation matrix editor (a NatTable grid of teams × customer groups) and the strategy map (an ELK-laid-out
 * diagram), as pages of the model editor, drawn over the headless representations of
 * {@code org.parley.representation}.
 */
package org.parley.ui.matrix;
