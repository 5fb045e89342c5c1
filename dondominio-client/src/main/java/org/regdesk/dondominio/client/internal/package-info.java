/** Implementation details of the client; not part of its API, may change without notice. */
package org.regdesk.dondominio.client.internal;
