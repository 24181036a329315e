/** The core bundle's own life cycle; not API. */
package org.parley.core.internal;
