package com.onewindow.shared.request;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of request processing: SLA targets and installation slots. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SlaPolicy.class, InstallSlots.class})
class RequestConfiguration {}
