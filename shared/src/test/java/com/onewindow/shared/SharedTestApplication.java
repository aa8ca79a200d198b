package com.onewindow.shared;

import com.onewindow.shared.testing.MutableClockConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;

/**
 * The shared module on its own, as either app would run it but without a UI, with a clock the tests
 * move. Every shared IT uses this one context, so none wipes another's data.
 */
@SpringBootApplication(scanBasePackageClasses = SharedConfiguration.class)
@TestComponent
@Import(MutableClockConfiguration.class)
public class SharedTestApplication {}
