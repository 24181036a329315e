/**
 * The strategy map, computed headless: teams, customer groups, cells, topics and channels as nodes, their links as
 * edges, laid out with ELK's layered algorithm, and the drawing the map page and the exports show.
 */
package org.parley.representation.map;
