package com.onewindow.shared;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The base of the shared module's integration tests: all of them share one Spring context over one
 * database (see {@link ItDatabaseConfiguration}), with the demo data loaded at start-up.
 */
@SpringBootTest(
    classes = SharedTestApplication.class,
    properties = "spring.config.import=classpath:onewindow-shared.properties")
@Import(ItDatabaseConfiguration.class)
public abstract class SharedIntegrationTest {}
