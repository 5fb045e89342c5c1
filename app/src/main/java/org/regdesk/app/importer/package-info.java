/** Import of the registrar's domains, TLDs and prices. */
package org.regdesk.app.importer;
