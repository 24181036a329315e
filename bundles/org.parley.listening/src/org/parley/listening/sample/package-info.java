/** The sample project's listening data: mentions written from templates, so heat, reports and alerts show. */
package org.parley.listening.sample;
