package com.onewindow.shared.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The database of an integration or browser test: in-memory H2 by default, or the server named by
 * IT_DATASOURCE_URL; emptied and migrated when the context starts, then loaded with the demo data.
 * Put it beside {@code @SpringBootTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(
    locations = {"classpath:onewindow-shared.properties", "classpath:onewindow-test.properties"})
@Import(CleanDatabaseConfiguration.class)
public @interface TestDatabase {}
