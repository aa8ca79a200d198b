package com.onewindow.portal;

import com.onewindow.shared.SharedConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The customer portal: the online sales channel. */
@SpringBootApplication(
    scanBasePackageClasses = {PortalApplication.class, SharedConfiguration.class})
public class PortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
