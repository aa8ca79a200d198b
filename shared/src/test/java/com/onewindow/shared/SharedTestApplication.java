package com.onewindow.shared;

import com.onewindow.shared.testing.MutableClockConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/**
 * The shared module on its own, for its integration tests: domain, services, persistence, mail,
 * with a clock the tests move. Every shared IT uses this one context, so none wipes another's data.
 */
@SpringBootApplication
@Import({SharedConfiguration.class, MutableClockConfiguration.class})
public class SharedTestApplication {}
