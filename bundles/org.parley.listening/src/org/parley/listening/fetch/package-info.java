/**
 * Fetching pages politely: one HTTP fetch with its limits ({@link org.parley.listening.fetch.Fetcher}), robots.txt
 * rules per host ({@link org.parley.listening.fetch.RobotsCache}) and per-host delays with a global concurrency limit
 * ({@link org.parley.listening.fetch.PolitenessScheduler}).
 */
package org.parley.listening.fetch;
