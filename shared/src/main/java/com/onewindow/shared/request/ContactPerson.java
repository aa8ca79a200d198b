package com.onewindow.shared.request;

/** The person at the client to talk to about this request. */
public record ContactPerson(String name, String phone, String email) {

  public ContactPerson {
    if (name.isBlank() || phone.isBlank() || email.isBlank()) {
      throw new IllegalArgumentException("a contact person needs a name, a phone and an email");
    }
  }
}
