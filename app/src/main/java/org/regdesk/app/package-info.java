/** The desk: Spring Boot web application. Not built yet: see the README's status table. */
package org.regdesk.app;
