package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import com.onewindow.shared.company.Contact;
import com.onewindow.shared.coverage.Branch;
import com.onewindow.shared.request.Channel;
import com.onewindow.shared.staff.StaffUser;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A contract signed with a client (R1, C2). It is logged as a {@code CONTRACT} activity, which the
 * funnel counts, and carries its own attribution, set by the way it was entered. A correction that
 * turns the activity into something else voids the contract; turning it back restores it.
 */
@Entity
@Table(name = "crm_contract")
public class Contract {

  public static final int NUMBER_MAX = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "company_id")
  private Company company;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contact_id")
  private @Nullable Contact contact;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id")
  private Activity activity;

  private @Nullable String number;
  private LocalDate signedOn;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "found_by_id")
  private @Nullable StaffUser foundBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "carried_by_id")
  private @Nullable StaffUser carriedBy;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "manager_id")
  private StaffUser manager;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "branch_id")
  private Branch branch;

  private Instant createdAt;
  private @Nullable Instant voidedAt;

  @Version private long version;

  protected Contract() {}

  /**
   * The contract a {@code CONTRACT} activity records, attributed by how it was entered. It belongs
   * to the client's home branch, whoever logged it (an inbound agent answers for every region), and
   * is dated in that branch's zone, as the card picks "today".
   */
  Contract(Activity activity, @Nullable String number, Attribution attribution, Instant now) {
    this.activity = activity;
    this.company = activity.getCompany();
    this.contact = activity.getContact();
    this.manager = activity.getManager();
    this.branch = company.getHomeBranch();
    this.signedOn = activity.getOccurredAt().atZone(branch.zone()).toLocalDate();
    this.number = number;
    this.channel = attribution.channel();
    this.foundBy = attribution.foundBy();
    this.carriedBy = attribution.carriedBy();
    this.createdAt = now;
  }

  /** A head's change of channel and managers; the service records why. */
  void reattribute(Channel channel, @Nullable StaffUser foundBy, @Nullable StaffUser carriedBy) {
    this.channel = channel;
    this.foundBy = foundBy;
    this.carriedBy = carriedBy;
  }

  /**
   * Its activity is no longer a contract: the record stays, with its history, but counts no more.
   */
  void voidAt(Instant now) {
    if (voidedAt == null) {
      voidedAt = now;
    }
  }

  /** Its activity is a contract again. */
  void restore() {
    voidedAt = null;
  }

  public boolean isVoided() {
    return voidedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Company getCompany() {
    return company;
  }

  public @Nullable Contact getContact() {
    return contact;
  }

  public Activity getActivity() {
    return activity;
  }

  public @Nullable String getNumber() {
    return number;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public Channel getChannel() {
    return channel;
  }

  public @Nullable StaffUser getFoundBy() {
    return foundBy;
  }

  public @Nullable StaffUser getCarriedBy() {
    return carriedBy;
  }

  public StaffUser getManager() {
    return manager;
  }

  public Branch getBranch() {
    return branch;
  }
}
