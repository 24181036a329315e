/**
 * Social listening: the pipeline that turns forum and blog pages into mentions, read as its folders are named:
 * {@code fetch} (polite HTTP crawling), {@code extract} (pages into posts), {@code store} (mention files and
 * index). Headless: no UI, no workbench.
 */
package org.parley.listening;
