package com.onewindow.shared;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The shared module on its own, for its integration tests: domain, services, persistence, mail. */
@SpringBootApplication
@Import(SharedConfiguration.class)
public class SharedTestApplication {}
