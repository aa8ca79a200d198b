package com.onewindow.shared;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The shared module on its own, as either app would run it but without a UI: what its integration
 * tests start.
 */
@SpringBootApplication(scanBasePackageClasses = SharedConfiguration.class)
public class SharedTestApplication {}
