/** The DonDominio registrar plugin. Not built yet: see the README's status table. */
package org.regdesk.registrar.dondominio;
