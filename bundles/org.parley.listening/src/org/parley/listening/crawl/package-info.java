/**
 * Crawling one listening source: which URLs belong to it ({@link org.parley.listening.crawl.UrlNormalizer},
 * {@link org.parley.listening.crawl.UrlScope}, {@link org.parley.listening.crawl.TrapGuard}), what to visit next
 * ({@link org.parley.listening.crawl.Frontier}), what is remembered between runs
 * ({@link org.parley.listening.crawl.CrawlState}) and the run itself ({@link org.parley.listening.crawl.Crawl}).
 */
package org.parley.listening.crawl;
