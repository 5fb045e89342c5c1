/** Domain records, orders, the domain life cycle and plugin actions. */
package org.regdesk.app.domain;
