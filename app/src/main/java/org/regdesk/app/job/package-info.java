/** Persistent jobs: register, transfer, renew, transfer polling and sync. */
package org.regdesk.app.job;
