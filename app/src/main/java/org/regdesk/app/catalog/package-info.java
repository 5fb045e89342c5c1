/** Product groups, TLD products, prices and domain custom fields. */
package org.regdesk.app.catalog;
