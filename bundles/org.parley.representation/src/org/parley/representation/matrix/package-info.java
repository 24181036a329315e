/**
 * What the conversation matrix shows, computed headless: rows and columns (teams × customer groups, or swapped),
 * each cell's owner, topics, tone, channels and KPI status, gaps where a pair has no cell, heat from the listening
 * aggregates, filters, and the drawing the exports use.
 */
package org.parley.representation.matrix;
