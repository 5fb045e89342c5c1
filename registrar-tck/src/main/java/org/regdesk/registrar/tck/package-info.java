/**
 * The contract suite every registrar plugin must pass. Not built yet: see the README's status
 * table.
 */
package org.regdesk.registrar.tck;
