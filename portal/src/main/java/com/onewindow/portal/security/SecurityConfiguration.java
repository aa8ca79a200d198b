package com.onewindow.portal.security;

import com.onewindow.portal.account.ui.LoginView;
import com.onewindow.shared.account.CustomerUserDetailsService;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;

/** Customers sign in with their email; every view says who may open it. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain portalSecurity(HttpSecurity http, CustomerUserDetailsService customers)
      throws Exception {
    http.userDetailsService(customers);
    http.authorizeHttpRequests(a -> a.requestMatchers("/images/**", "/styles.css").permitAll());
    // An address that is no view reaches Vaadin, which shows the not-found page (Vaadin's own
    // default denies it with an empty 403); each view still names who may open it.
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            c -> c.anyRequest(AuthorizedUrl::permitAll).loginView(LoginView.class, "/"))
        .build();
  }
}
