package com.onewindow.shared.crm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The CRM's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FunnelProperties.class)
class CrmConfiguration {}
