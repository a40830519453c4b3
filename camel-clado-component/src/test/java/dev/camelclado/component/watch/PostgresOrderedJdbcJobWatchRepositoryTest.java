package dev.camelclado.component.watch;

import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The repository contract on a database that sorts NULL after every value, as PostgreSQL does (H2 sorts it first):
 * jobs never read must still come first when the row limit cuts the due list.
 */
class PostgresOrderedJdbcJobWatchRepositoryTest extends JobWatchRepositoryContract {

    @Override
    JobWatchRepository repository() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:pg-order-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DEFAULT_NULL_ORDERING=HIGH");
        return new JdbcJobWatchRepository(dataSource);
    }
}
