package com.onewindow.backoffice;

import com.onewindow.shared.SharedConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The staff backoffice: request processing, CRM, plans and analytics. */
@SpringBootApplication(
    scanBasePackageClasses = {BackofficeApplication.class, SharedConfiguration.class})
public class BackofficeApplication {

  public static void main(String[] args) {
    SpringApplication.run(BackofficeApplication.class, args);
  }
}
