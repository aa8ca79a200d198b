package com.onewindow.shared.crm;

import com.onewindow.shared.request.ConnectionRequest;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** A client's submitted requests, newest first, for its card. */
interface ClientRequests extends Repository<ConnectionRequest, Long> {

  @Query(
      """
      select r from ConnectionRequest r left join fetch r.foundBy left join fetch r.carriedBy
      where r.company.id = :companyId and r.number is not null order by r.createdAt desc
      """)
  List<ConnectionRequest> findLatest(long companyId, Pageable limit);
}
