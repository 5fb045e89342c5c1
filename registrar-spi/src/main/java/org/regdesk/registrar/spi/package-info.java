/** The registrar plugin contract (JDK only). Not built yet: see the README's status table. */
package org.regdesk.registrar.spi;
