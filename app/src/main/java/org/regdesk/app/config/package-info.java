/** Configuration: the {@code regdesk.*} properties, the clock, demo mode. */
package org.regdesk.app.config;
