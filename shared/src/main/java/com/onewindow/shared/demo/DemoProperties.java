package com.onewindow.shared.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The switches of the demo data (prefix {@code onewindow.demo}).
 *
 * @param enabled whether demo data may be loaded at all
 * @param allowExternalDatabase lets demo data into a database other than an embedded H2 one; only
 *     for a throwaway test database (the MariaDB test run sets it)
 * @param largeRequests how many bulk requests to add for performance work; 0 for none
 */
@ConfigurationProperties("onewindow.demo")
record DemoProperties(boolean enabled, boolean allowExternalDatabase, long largeRequests) {}
