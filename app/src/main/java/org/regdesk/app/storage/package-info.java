/** Storage conventions shared by every feature: paging and time columns. */
package org.regdesk.app.storage;
