package com.onewindow.backoffice.security;

import com.onewindow.backoffice.base.ui.LoginView;
import com.onewindow.shared.staff.StaffUserDetailsService;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.web.SecurityFilterChain;

/** Staff sign in with their username; every view names the roles that may open it. */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain backofficeSecurity(HttpSecurity http, StaffUserDetailsService staff)
      throws Exception {
    http.userDetailsService(staff);
    http.authorizeHttpRequests(a -> a.requestMatchers("/styles.css").permitAll());
    // An address that is no view reaches Vaadin once signed in, which shows the not-found page
    // (Vaadin's own default denies it with an empty 403); each view still names its roles.
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            c -> c.anyRequest(AuthorizedUrl::authenticated).loginView(LoginView.class, "/login"))
        .build();
  }
}
