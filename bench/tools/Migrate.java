import app.marquee.schema.SchemaMigrator;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Creates Marquee's schema in an empty PostgreSQL database exactly as the application does at start:
 * SchemaMigrator.migrate (Flyway, the same migrations, the same placeholders, the same history table),
 * without starting Payara. Run with the jars of the built WAR on the class path (bench/generate.sh):
 *
 *   java -cp 'dir/WEB-INF/lib/*' bench/tools/Migrate.java jdbc:postgresql://127.0.0.1:5432/db user password
 */
public class Migrate {
    public static void main(String[] args) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        int applied = SchemaMigrator.migrate(dataSource);
        System.out.println("migrations applied: " + applied);
    }
}
