/** Customers and customer custom fields (VAT Number, Date of Birth, ...). */
package org.regdesk.app.customer;
