package com.onewindow.shared.staff;

import com.onewindow.shared.security.StaffPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs staff in to the backoffice. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

  private final StaffUsers staffUsers;

  StaffUserDetailsService(StaffUsers staffUsers) {
    this.staffUsers = staffUsers;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    var user =
        staffUsers
            .findByUsernameIgnoreCase(username.strip())
            .orElseThrow(() -> new UsernameNotFoundException("no such staff user"));
    return new StaffPrincipal(
        user.getId(),
        user.getUsername(),
        user.getFullName(),
        user.getBranch().getId(),
        user.getBranch().isHeadOffice(),
        user.getUnit(),
        user.getRoles(),
        user.isEnabled(),
        user.getPasswordHash());
  }
}
