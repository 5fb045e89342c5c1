package org.regdesk.app.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A storage test: runs once on H2 and, with {@code -Ppostgres}, once more on PostgreSQL, each time
 * on a fresh, fully migrated database passed as a {@link TestDatabase} parameter:
 *
 * <pre>{@code
 * @DatabaseTest
 * void findsByName(TestDatabase db) {
 *   var repository = new CustomerRepository(db.jdbc());
 *   ...
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(Databases.class)
public @interface DatabaseTest {}
