package com.onewindow.shared.demo;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoDataLoaderTest {

  private final LockProvider lockProvider = mock(LockProvider.class);
  private final SimpleLock lock = mock(SimpleLock.class);
  private final DemoDataSet demoData = mock(DemoDataSet.class);
  private final LargeDataSet largeData = mock(LargeDataSet.class);

  @Test
  void leaves_a_production_database_alone() throws SQLException {
    loader(new DemoProperties(true, false, 1000), "jdbc:mysql://prod:3306/onewindow").run(args());

    verifyNoInteractions(lockProvider, demoData, largeData);
  }

  @Test
  void loads_under_the_lock_and_then_the_large_data_set_when_asked() throws SQLException {
    when(lockProvider.lock(any())).thenReturn(Optional.of(lock));

    loader(new DemoProperties(true, false, 20_000), "jdbc:h2:mem:x").run(args());

    var order = inOrder(demoData, largeData, lock);
    order.verify(demoData).loadIfEmpty();
    order.verify(largeData).ensure(20_000);
    order.verify(lock).unlock();
  }

  @Test
  void leaves_the_loading_to_the_process_holding_the_lock() throws SQLException {
    when(lockProvider.lock(any())).thenReturn(Optional.empty());

    loader(new DemoProperties(true, false, 0), "jdbc:h2:mem:x").run(args());

    verify(lockProvider).lock(any());
    verifyNoInteractions(demoData, largeData);
  }

  private DemoDataLoader loader(DemoProperties properties, String url) throws SQLException {
    var dataSource = mock(DataSource.class);
    var connection = mock(Connection.class);
    var metaData = mock(DatabaseMetaData.class);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.getMetaData()).thenReturn(metaData);
    when(metaData.getURL()).thenReturn(url);
    return new DemoDataLoader(properties, dataSource, lockProvider, demoData, largeData);
  }

  private static DefaultApplicationArguments args() {
    return new DefaultApplicationArguments();
  }
}
