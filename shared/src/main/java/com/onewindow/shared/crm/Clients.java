package com.onewindow.shared.crm;

import com.onewindow.shared.company.Company;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Companies as the CRM sees them: with their current owner, always within a {@link StaffScope}.
 * Search goes by the normalised name, the INN's leading digits or the phone's digits.
 */
interface Clients extends Repository<Company, Long> {

  String SCOPE =
      """
      (:all = true
        or (:ownerId is not null and o.manager.id = :ownerId)
        or (:branchId is not null and (o.branch.id = :branchId
              or (o.id is null and c.homeBranch.id = :branchId))))
      """;
  String SEARCH =
      """
      (:name is null or c.nameKey like :name or c.inn like :inn
        or (:phone is not null and c.phoneKey like :phone))
      """;

  @Query(
      value =
          "select new com.onewindow.shared.crm.ClientRow(c.id, c.legalName, c.inn, c.phone,"
              + " c.segment, c.federal, hb.nameRu, hb.nameEn, m.fullName, o.unit)"
              + " from Company c join c.homeBranch hb"
              + " left join Ownership o on o.company = c and o.validTo is null"
              + " left join o.manager m where "
              + SCOPE
              + " and "
              + SEARCH,
      countQuery =
          "select count(c) from Company c"
              + " left join Ownership o on o.company = c and o.validTo is null where "
              + SCOPE
              + " and "
              + SEARCH)
  Page<ClientRow> findInScope(
      boolean all,
      @Nullable Long ownerId,
      @Nullable Long branchId,
      @Nullable String name,
      @Nullable String inn,
      @Nullable String phone,
      Pageable pageable);

  @Query(
      "select count(c) > 0 from Company c"
          + " left join Ownership o on o.company = c and o.validTo is null"
          + " where c.id = :companyId and "
          + SCOPE)
  boolean isInScope(long companyId, boolean all, @Nullable Long ownerId, @Nullable Long branchId);

  /**
   * Possible duplicates: the same normalised name or the same phone (a company's or a contact's).
   */
  @Query(
      """
      select distinct c from Company c left join Contact k on k.company = c
      where c.nameKey = :nameKey
         or (:phoneKey is not null and (c.phoneKey = :phoneKey or k.phoneKey = :phoneKey))
      order by c.legalName
      """)
  List<Company> findLookAlikes(String nameKey, @Nullable String phoneKey, Pageable limit);
}
